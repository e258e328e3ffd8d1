package io.mewscontract.spec;

import io.mewscontract.docs.DocumentedEnum;
import io.mewscontract.docs.SourceDocument;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a document's enum list against the spec: the list maps to an enum component, every value
 * the document lists is a known value of it (spelled exactly), and the component is declared open,
 * since Mews adds values over time.
 */
final class EnumConformance {

    private final SpecModel spec;

    EnumConformance(SpecModel spec) {
        this.spec = spec;
    }

    List<Finding> check(SourceDocument document, DocumentedEnum documented) {
        String id = SourceDocuments.idOf(document);
        String where = document.fileName() + ":" + documented.line();
        List<Finding> findings = new ArrayList<>();
        Optional<String> component = spec.componentForDocName(documented.name());
        if (component.isEmpty()) {
            findings.add(new Finding(id, where, documented.name(),
                    "the enum '" + documented.name() + "' maps to no spec component (x-mews-doc-names)", false));
            return findings;
        }
        Schema<?> schema = spec.component(component.get());
        List<String> known = schema.getEnum() == null ? List.of()
                : schema.getEnum().stream().filter(v -> v != null).map(String::valueOf).toList();
        for (String value : documented.valueNames()) {
            if (!known.contains(value)) {
                findings.add(new Finding(id, where, component.get(),
                        "the document lists '" + value + "', the spec's enum does not " + known,
                        false)); // never excusable: the spec's enum is the union of every document's values
            }
        }
        Object open = schema.getExtensions() == null ? null : schema.getExtensions().get("x-mews-open-enum");
        if (!Boolean.TRUE.equals(open)) {
            findings.add(new Finding(id, where, component.get(),
                    "the enum is not declared open (x-mews-open-enum: true)"
                            + (documented.openEnded() ? " although the document's list ends with '...'" : ""),
                    false));
        }
        return findings;
    }
}
