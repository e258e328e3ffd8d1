package io.mewscontract.conformance.checks;

import org.jspecify.annotations.Nullable;
import io.mewscontract.docs.DocumentedOperation;
import io.mewscontract.docs.DocumentedProperty;
import io.mewscontract.docs.Presence;
import io.mewscontract.docs.PropertyConstraints;
import io.mewscontract.docs.PropertyTable;
import io.mewscontract.docs.SourceDocument;
import io.mewscontract.docs.TableRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares every property of every document's property tables with the spec: existence, presence
 * (required/optional), nullability, type and constraints. Each difference becomes a {@link Finding},
 * explained or not by RECONCILIATION.md.
 */
public final class TableConformance {

    private static final Pattern FORMAT = Pattern.compile("format:\\s*([\\w-]+)");
    private static final Pattern ARRAY_OF = Pattern.compile("^(?:array of\\s+|array<)([^>]*)>?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTHS = Pattern.compile("max length (\\d+) months?");

    private final SpecModel spec;
    private final Reconciliation reconciliation;

    public TableConformance(SpecModel spec, Reconciliation reconciliation) {
        this.spec = spec;
        this.reconciliation = reconciliation;
    }

    /** The spec component a document table describes, or a reason why there is none. */
    public Optional<String> componentOf(DocumentedOperation operation, PropertyTable table) {
        Optional<String> byName = spec.componentForDocName(table.objectName());
        if (byName.isPresent() || table.role() == TableRole.OBJECT) {
            return byName;
        }
        return table.role() == TableRole.REQUEST
                ? spec.requestComponent(operation.path())
                : spec.responseComponent(operation.path(), "200");
    }

    public List<Finding> check(SourceDocument document, DocumentedOperation operation, PropertyTable table) {
        String id = DocumentSet.idOf(document);
        List<Finding> findings = new ArrayList<>();
        Optional<String> component = componentOf(operation, table);
        if (component.isEmpty()) {
            findings.add(Finding.unexcusable(id, document.fileName() + ":" + table.line(), table.objectName(),
                    "table '" + table.objectName() + "' maps to no spec component (add it to a schema's x-mews-doc-names)"));
            return findings;
        }
        for (DocumentedProperty property : table.properties()) {
            String element = component.get() + "." + property.name();
            String where = document.fileName() + ":" + property.line();
            PropertyFacts facts = spec.propertiesOf(component.get()).get(property.name());
            List<String> problems = facts == null
                    ? List.of("the document lists it, the spec does not")
                    : compare(property, facts);
            for (String problem : problems) {
                findings.add(new Finding(id, where, element, problem,
                        reconciliation.explanation(element, id).orElse(null)));
            }
        }
        return findings;
    }

    private List<String> compare(DocumentedProperty doc, PropertyFacts spec) {
        List<String> problems = new ArrayList<>();
        if (doc.presence() == Presence.REQUIRED && !spec.required()) {
            problems.add("the document says required, the spec says optional");
        }
        if (doc.presence() == Presence.OPTIONAL && spec.required()) {
            problems.add("the document says optional, the spec says required");
        }
        if (doc.nullable() && !spec.nullable()) {
            problems.add("the document says nullable, the spec does not");
        }
        typeProblem(doc.type(), spec).ifPresent(problems::add);
        problems.addAll(constraintProblems(doc.constraints(), spec));
        return problems;
    }

    private Optional<String> typeProblem(String documented, PropertyFacts spec) {
        String type = documented.strip();
        if (type.isEmpty()) {
            return Optional.empty(); // lost link text: nothing to compare (RECONCILIATION.md, rule 6)
        }
        Matcher array = ARRAY_OF.matcher(type.replaceAll("\\s+", " "));
        if (array.matches()) {
            if (!spec.kind().equals("array")) {
                return Optional.of("the document types it '" + type + "', the spec as " + spec.kind());
            }
            return itemProblem(array.group(1).strip(), spec, type);
        }
        return valueProblem(type, spec.kind(), spec.format(), spec.refName(), type);
    }

    private Optional<String> itemProblem(String item, PropertyFacts spec, String type) {
        if (item.equalsIgnoreCase("object")) {
            return spec.refName() == null
                    ? Optional.of("the document types it '" + type + "', the spec's items are not objects")
                    : Optional.empty();
        }
        String itemKind = spec.refName() == null ? "string"
                : java.util.Objects.requireNonNull(this.spec.component(spec.refName())).getType();
        return valueProblem(item, itemKind, spec.format(), spec.refName(), type);
    }

    private Optional<String> valueProblem(String type, String kind, @Nullable String format, @Nullable String refName,
            String written) {
        String lower = type.toLowerCase(Locale.ROOT);
        for (String primitive : List.of("string", "number", "boolean", "integer")) {
            if (lower.startsWith(primitive)) {
                String expectedKind = primitive.equals("integer") ? "integer" : primitive;
                if (!expectedKind.equals(kind) && !(primitive.equals("number") && kind.equals("integer"))) {
                    return Optional.of("the document types it '" + written + "', the spec as " + kind);
                }
                Matcher f = FORMAT.matcher(lower);
                if (f.find() && !f.group(1).equals(format)) {
                    return Optional.of("the document gives format '" + f.group(1) + "', the spec "
                            + (format == null ? "none" : "'" + format + "'"));
                }
                return Optional.empty();
            }
        }
        String name = lower.endsWith(" object") ? type.substring(0, type.length() - " object".length()).strip() : type;
        if (name.equalsIgnoreCase("object")) {
            return kind.equals("object") ? Optional.empty()
                    : Optional.of("the document types it 'object', the spec as " + kind);
        }
        Optional<String> component = spec.componentForDocName(name);
        if (component.isEmpty()) {
            return Optional.of("the document's type '" + name + "' names no spec component (x-mews-doc-names)");
        }
        return component.get().equals(refName) ? Optional.empty()
                : Optional.of("the document's type '" + name + "' is component " + component.get()
                        + ", the spec uses " + (refName == null ? kind : refName));
    }

    private static List<String> constraintProblems(PropertyConstraints doc, PropertyFacts spec) {
        List<String> problems = new ArrayList<>();
        compareBound("minItems", doc.minItems(), spec.minItems(), problems);
        compareBound("maxItems", doc.maxItems(), spec.maxItems(), problems);
        compareBound("minLength", doc.minLength(), spec.minLength(), problems);
        compareBound("maxLength", doc.maxLength(), spec.maxLength(), problems);
        for (String unparsed : doc.unparsed()) {
            Matcher months = MONTHS.matcher(unparsed.toLowerCase(Locale.ROOT));
            if (months.find()) {
                String period = "P" + months.group(1) + "M";
                if (!period.equals(spec.maxInterval())) {
                    problems.add("the document limits the interval to " + period + ", the spec's x-mews-max-interval is "
                            + spec.maxInterval());
                }
            } else {
                problems.add("the document states '" + unparsed + "', which no check understands");
            }
        }
        return problems;
    }

    private static void compareBound(String name, OptionalInt doc, @Nullable Integer spec, List<String> problems) {
        if (doc.isPresent() && !Objects.equals(doc.getAsInt(), spec)) {
            problems.add("the document says " + name + " " + doc.getAsInt() + ", the spec " + (spec == null ? "none" : spec));
        }
    }
}
