package io.mewscontract.conformance.checks;

import io.mewscontract.docs.DocumentedEnum;
import io.mewscontract.docs.SourceDocument;
import io.mewscontract.docstospec.facts.SpecReading;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a document's enum list against the spec: the list maps to an enum component, every value
 * the document lists is a known value of it (spelled exactly), and the component is declared open,
 * since Mews adds values over time.
 */
public final class EnumConformance {

    private final SpecReading spec;

    public EnumConformance(SpecReading spec) {
        this.spec = spec;
    }

    public List<Finding> check(SourceDocument document, DocumentedEnum documented) {
        String id = DocumentSet.idOf(document);
        String where = document.fileName() + ":" + documented.line();
        List<Finding> findings = new ArrayList<>();
        Optional<String> component = spec.componentForDocName(documented.name());
        if (component.isEmpty()) {
            findings.add(Finding.unexcusable(
                    id,
                    where,
                    documented.name(),
                    "the enum '" + documented.name() + "' maps to no spec component (x-mews-doc-names)"));
            return findings;
        }
        List<String> known = spec.enumValues(component.get());
        for (String value : documented.valueNames()) {
            if (!known.contains(value)) {
                // Never excusable: the spec's enum is the union of every document's values.
                findings.add(Finding.unexcusable(
                        id,
                        where,
                        component.get(),
                        "the document lists '" + value + "', the spec's enum does not " + known));
            }
        }
        if (!spec.isOpenEnum(component.get())) {
            findings.add(Finding.unexcusable(
                    id,
                    where,
                    component.get(),
                    "the enum is not declared open (x-mews-open-enum: true)"
                            + (documented.openEnded() ? " although the document's list ends with '...'" : "")));
        }
        return findings;
    }
}
