package io.mewscontract.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.mewscontract.docs.DocumentedOperation;
import io.mewscontract.docs.JsonExample;
import io.mewscontract.docs.SourceDocument;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one JSON example of a document against the spec: it must be JSON, it must validate against
 * the schema of its operation's request or 200 response, and every property it carries that the
 * spec does not declare must be explained in RECONCILIATION.md (undeclared properties are allowed on
 * the wire, since OpenAPI objects are open, but each is a decision).
 */
public final class ExampleConformance {

    /** Whether an example is a request body or a (200) response body. */
    public enum Direction { REQUEST, RESPONSE }

    private final ContractValidator validator;
    private final SpecModel spec;
    private final Reconciliation reconciliation;

    public ExampleConformance(ContractValidator validator, SpecModel spec, Reconciliation reconciliation) {
        this.validator = validator;
        this.spec = spec;
        this.reconciliation = reconciliation;
    }

    public List<Finding> check(SourceDocument document, DocumentedOperation operation, JsonExample example, Direction direction) {
        String id = DocumentSet.idOf(document);
        String where = document.fileName() + ":" + example.line();
        List<Finding> findings = new ArrayList<>();
        if (example.error().isPresent()) {
            var error = example.error().get();
            findings.add(Finding.unexcusable(id, document.fileName() + ":" + error.line() + ":" + error.column(),
                    operation.path(), "the example is not valid JSON: " + error.message()));
            return findings;
        }
        String json = example.text();
        List<String> problems = direction == Direction.REQUEST
                ? validator.validateRequest(operation.path(), json)
                : validator.validateResponse(operation.path(), 200, json);
        for (String problem : problems) {
            findings.add(Finding.unexcusable(id, where, operation.path(), problem));
        }
        Optional<String> root = direction == Direction.REQUEST
                ? spec.requestComponent(operation.path())
                : spec.responseComponent(operation.path(), "200");
        root.ifPresent(component -> undeclared(example.json().orElseThrow(), component, id, where, findings));
        return findings;
    }

    private void undeclared(JsonNode node, String component, String id, String where, List<Finding> findings) {
        if (node.isArray()) {
            node.forEach(item -> undeclared(item, component, id, where, findings));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        Map<String, PropertyFacts> properties = spec.propertiesOf(component);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            PropertyFacts facts = properties.get(field.getKey());
            String element = component + "." + field.getKey();
            if (facts == null) {
                if (findings.stream().noneMatch(f -> f.element().equals(element))) {
                    findings.add(new Finding(id, where, element,
                            "the example carries a property the spec does not declare",
                            reconciliation.explanation(element, id).orElse(null)));
                }
            } else if (facts.refName() != null && !field.getValue().isNull()) {
                undeclared(field.getValue(), facts.refName(), id, where, findings);
            }
        }
    }
}
