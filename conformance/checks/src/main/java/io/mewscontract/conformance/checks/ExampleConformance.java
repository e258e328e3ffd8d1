package io.mewscontract.conformance.checks;

import io.mewscontract.docs.DocumentedOperation;
import io.mewscontract.docs.JsonExample;
import io.mewscontract.docs.SourceDocument;
import io.mewscontract.docstospec.facts.SpecReading;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks one JSON example of a document against the spec: it must be JSON, it must validate against
 * the schema of its operation's request or 200 response, and every property it carries that the
 * spec does not declare must be explained in RECONCILIATION.md (undeclared properties are allowed on
 * the wire, since OpenAPI objects are open, but each is a decision). A schema violation is never excused; its
 * finding names the property it is about ({@code Amount.NetValue}) when the validator's message locates one.
 */
public final class ExampleConformance {

    /** Whether an example is a request body or a (200) response body. */
    public enum Direction {
        REQUEST,
        RESPONSE
    }

    private static final Pattern MESSAGE_PATH = Pattern.compile("\\[Path '([^']*)'\\]");
    private static final Pattern MISSING_PROPERTY = Pattern.compile("missing required properties \\(\\[\"([^\"]+)\"");

    private final ContractValidator validator;
    private final SpecReading spec;
    private final Reconciliation reconciliation;

    public ExampleConformance(ContractValidator validator, SpecReading spec, Reconciliation reconciliation) {
        this.validator = validator;
        this.spec = spec;
        this.reconciliation = reconciliation;
    }

    /** Every difference between the example and the spec; empty when it fits. */
    public List<Finding> check(
            SourceDocument document, DocumentedOperation operation, JsonExample example, Direction direction) {
        String id = DocumentSet.idOf(document);
        String where = document.fileName() + ":" + example.line();
        List<Finding> findings = new ArrayList<>();
        if (example.error().isPresent()) {
            var error = example.error().get();
            findings.add(Finding.unexcusable(
                    id,
                    document.fileName() + ":" + error.line() + ":" + error.column(),
                    operation.path(),
                    "the example is not valid JSON: " + error.message()));
            return findings;
        }
        String json = example.text();
        List<String> problems = direction == Direction.REQUEST
                ? validator.validateRequest(operation.path(), json)
                : validator.validateResponse(operation.path(), 200, json);
        Optional<String> root = direction == Direction.REQUEST
                ? spec.requestComponent(operation.path())
                : spec.responseComponent(operation.path(), "200");
        for (String problem : problems) {
            String element =
                    root.flatMap(component -> elementOf(component, problem)).orElse(operation.path());
            findings.add(Finding.unexcusable(id, where, element, problem));
        }
        if (root.isPresent()) {
            Set<String> reported = new HashSet<>();
            for (SpecReading.Undeclared undeclared :
                    spec.undeclaredProperties(root.get(), example.json().orElseThrow())) {
                if (reported.add(undeclared.element())) { // one finding per element, however many items carry it
                    findings.add(new Finding(
                            id,
                            where,
                            undeclared.element(),
                            "the example carries a property the spec does not declare",
                            reconciliation.explanation(undeclared.element(), id).orElse(null)));
                }
            }
        }
        return findings;
    }

    /**
     * The spec element a validator message is about, so a report can name the decision it contradicts: the
     * property its {@code [Path '...']} points at, or the first missing property of a required-properties message.
     */
    private Optional<String> elementOf(String component, String problem) {
        Matcher path = MESSAGE_PATH.matcher(problem);
        if (!path.find()) {
            return Optional.empty();
        }
        Matcher missing = MISSING_PROPERTY.matcher(problem);
        String pointer = path.group(1);
        if (missing.find()) {
            pointer += (pointer.endsWith("/") ? "" : "/") + missing.group(1);
        }
        return spec.elementAt(component, pointer);
    }
}
