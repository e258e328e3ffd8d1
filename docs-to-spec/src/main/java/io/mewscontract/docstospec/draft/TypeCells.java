package io.mewscontract.docstospec.draft;

import io.mewscontract.docs.DocumentedProperty;
import io.mewscontract.docs.SourceRef;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a type cell: {@code string}, {@code array of string}, {@code decimal}, {@code Array<string>},
 * {@code string format: uuid}, {@code array of [Widget](widgets.md#widget)}, {@code Dictionary of numbers},
 * {@code Localized text}, {@code String update value}, {@code string [Hybrid identifier](...)}. A cell
 * naming an object or enum resolves to its component by following the link to the heading
 * ({@link DraftRules#TYPE_FROM_LINKED_HEADING}), else by the name.
 */
final class TypeCells {
    private static final Pattern ARRAY = Pattern.compile("(?i)^(?:array of\\s+(.+)|Array<(.+)>)$");
    private static final Pattern SCALAR =
            Pattern.compile("(?i)^(string|number|integer|int|boolean|bool|decimal|object)(?:\\s+format:\\s*(\\S+))?$");
    private static final Pattern DICTIONARY = Pattern.compile("(?i)^dictionary(?:\\s+of\\s+(.+))?$");
    private static final Pattern UPDATE_VALUE = Pattern.compile("(?i)^(.+)\\s+update value$");
    private static final Pattern HYBRID = Pattern.compile("(?i)^string\\s+(?:hybrid identifier|format:\\s*hybrid-id)$");
    /** A reference page's map: {@code object} and {@code Additional properties: X} ({@link ReferenceForms}). */
    private static final Pattern REFERENCE_MAP = Pattern.compile("(?i)^object, additional properties:\\s*(.+)$");

    /**
     * A resolved cell: the type, the rule that resolved it, whether it is a hybrid identifier, and for a cell the
     * GitBook export lost, where it printed the cell's text ({@link LostTypeCells}).
     */
    record Resolved(
            TypeRef type,
            String rule,
            boolean hybridIdentifier,
            LostTypeCells.@Nullable Recovered recovered,
            boolean defaultNumberFormat) {
        Resolved(TypeRef type, String rule, boolean hybridIdentifier) {
            this(type, rule, hybridIdentifier, null, false);
        }

        Resolved(TypeRef type, String rule, boolean hybridIdentifier, LostTypeCells.@Nullable Recovered recovered) {
            this(type, rule, hybridIdentifier, recovered, false);
        }
    }

    private final Catalog catalog;
    private final ModelBuilder builder;
    private final DraftContext context;
    private final LostTypeCells lost;

    TypeCells(Catalog catalog, ModelBuilder builder, DraftContext context) {
        this.catalog = catalog;
        this.builder = builder;
        this.context = context;
        this.lost = new LostTypeCells(catalog, context);
    }

    Resolved resolve(String document, DocumentedProperty p, SourceRef at) {
        String text = p.type().strip();
        if (text.isEmpty()) {
            Optional<LostTypeCells.Recovered> recovered =
                    context.applies(DraftRules.TYPE_FROM_LINKED_HEADING) ? lost.at(at) : Optional.empty();
            if (recovered.isEmpty()) {
                return new Resolved(TypeRef.UNKNOWN, DraftRules.TYPE_FROM_TABLE, false);
            }
            Resolved cell = resolve(document, recovered.get().text(), p, at);
            return new Resolved(cell.type(), cell.rule(), cell.hybridIdentifier(), recovered.get());
        }
        return resolve(document, text, p, at);
    }

    private Resolved resolve(String document, String text, DocumentedProperty p, SourceRef at) {
        if (HYBRID.matcher(text).matches() || p.link().toLowerCase(Locale.ROOT).endsWith("#hybrid-identifier")) {
            return new Resolved(new TypeRef.Scalar("string", "hybrid-id"), DraftRules.HYBRID_IDENTIFIER, true);
        }
        Matcher array = ARRAY.matcher(text);
        if (array.matches() && !namesOneType(text)) {
            String inner = array.group(1) != null ? array.group(1) : array.group(2);
            Resolved items = element(document, inner.strip(), p, at);
            return new Resolved(
                    new TypeRef.ArrayOf(items.type()),
                    items.rule(),
                    items.hybridIdentifier(),
                    null,
                    items.defaultNumberFormat());
        }
        return element(document, text, p, at);
    }

    /**
     * Whether a cell that starts with "array of" is the name of one type, not an array: a link text such as
     * {@code [Array of strings update value](_objects.md#...)} reads "Array of strings update value" once the
     * link is dropped, like {@code array of [Widget](#widget)} reads "array of Widget".
     */
    private boolean namesOneType(String text) {
        return catalog.names(Names.key(text)) || UPDATE_VALUE.matcher(text).matches();
    }

    private Resolved element(String document, String text, DocumentedProperty p, SourceRef at) {
        Optional<String> linked =
                p.link().isEmpty() ? Optional.empty() : catalog.keyOfLink(document, p.link(), at, context);
        if (linked.isPresent() && context.applies(DraftRules.TYPE_FROM_LINKED_HEADING)) {
            return new Resolved(
                    new TypeRef.Ref(builder.schemaFor(linked.get(), at)), DraftRules.TYPE_FROM_LINKED_HEADING, false);
        }
        Matcher referenceMap = REFERENCE_MAP.matcher(text);
        if (referenceMap.matches() && context.applies(DraftRules.MAPS)) {
            String titled = Names.key(p.refersTo());
            if (!titled.isEmpty() && catalog.names(titled)) {
                // The map another page defines under this title (a ?Key? table): one component for both.
                return new Resolved(new TypeRef.Ref(builder.schemaFor(titled, at)), DraftRules.MAPS, false);
            }
            return titled.equals("localized text")
                    ? new Resolved(new TypeRef.Ref(builder.localizedText(at)), DraftRules.MAPS, false)
                    : new Resolved(new TypeRef.MapOf(mapValues(referenceMap.group(1))), DraftRules.MAPS, false);
        }
        Matcher scalar = SCALAR.matcher(text);
        if (scalar.matches()) {
            String type = scalar.group(1).toLowerCase(Locale.ROOT);
            String format = scalar.group(2) == null ? "" : scalar.group(2).toLowerCase(Locale.ROOT);
            String target = p.refersTo().isEmpty() ? "" : Names.key(p.refersTo());
            boolean reference = catalog.isReferencePage(document);
            String titleRule = reference ? DraftRules.REFERENCE_SCHEMA_TITLES : DraftRules.TYPE_FROM_LINKED_HEADING;
            boolean titled = !target.isEmpty()
                    && (!reference || context.applies(titleRule))
                    && (type.equals("object") ? catalog.names(target) : reference && catalog.enums.containsKey(target));
            if (titled) {
                return new Resolved(new TypeRef.Ref(builder.schemaFor(target, at)), titleRule, false);
            }
            if (type.equals("object")) {
                return new Resolved(new TypeRef.FreeObject(), DraftRules.TYPE_FROM_TABLE, false);
            }
            if (ReferenceForms.isDefaultNumberFormat(type, format)
                    && context.applies(DraftRules.DEFAULT_NUMBER_FORMAT)) {
                return new Resolved(scalar(type, ""), DraftRules.TYPE_FROM_TABLE, false, null, true);
            }
            return new Resolved(
                    ReferenceForms.isDefaultNumberFormat(type, format)
                            ? new TypeRef.Scalar("number", format)
                            : scalar(type, format),
                    DraftRules.TYPE_FROM_TABLE,
                    false);
        }
        Matcher dictionary = DICTIONARY.matcher(text);
        if (dictionary.matches() && context.applies(DraftRules.MAPS)) {
            return new Resolved(new TypeRef.MapOf(dictionaryValues(dictionary.group(1))), DraftRules.MAPS, false);
        }
        String key = Names.key(text);
        if (!catalog.names(key) && !p.refersTo().isEmpty()) {
            key = Names.key(p.refersTo());
        }
        if (catalog.names(key)) {
            return new Resolved(
                    new TypeRef.Ref(builder.schemaFor(key, at)), DraftRules.TYPE_FROM_LINKED_HEADING, false);
        }
        if (key.equals("localized text") && context.applies(DraftRules.MAPS)) {
            return new Resolved(new TypeRef.Ref(builder.localizedText(at)), DraftRules.MAPS, false);
        }
        Matcher update = UPDATE_VALUE.matcher(text);
        if (update.matches() && context.applies(DraftRules.UPDATE_VALUES)) {
            return new Resolved(
                    new TypeRef.Ref(builder.updateValue(text, valueOfUpdate(update.group(1)), at)),
                    DraftRules.UPDATE_VALUES,
                    false);
        }
        Optional<SchemaDraft> known = builder.wellKnownByName(key, at);
        if (known.isPresent()) {
            return new Resolved(new TypeRef.Ref(known.get()), DraftRules.WELL_KNOWN_OBJECTS, false);
        }
        context.find(io.mewscontract.docs.Finding.note(
                at.document(),
                at.line(),
                "unresolved-type",
                "type '" + text + "' of " + p.name() + " names no table or list of the pages read"
                        + (p.link().isEmpty() ? "" : " (link " + p.link() + ")")));
        return new Resolved(TypeRef.UNKNOWN, DraftRules.TYPE_FROM_TABLE, false);
    }

    /**
     * A cell read without following links or naming components: scalars and arrays of scalars, else unknown. For
     * rows no drafted object holds (an error response's table), whose cells must not create components.
     */
    static TypeRef plainCell(String cell) {
        String text = cell.strip();
        Matcher array = ARRAY.matcher(text);
        if (array.matches()) {
            TypeRef items = plainCell(array.group(1) != null ? array.group(1) : array.group(2));
            return items.isKnown() ? new TypeRef.ArrayOf(items) : TypeRef.UNKNOWN;
        }
        Matcher scalar = SCALAR.matcher(text);
        if (!scalar.matches() || scalar.group(1).equalsIgnoreCase("object")) {
            return TypeRef.UNKNOWN;
        }
        return scalar(
                scalar.group(1).toLowerCase(Locale.ROOT),
                scalar.group(2) == null ? "" : scalar.group(2).toLowerCase(Locale.ROOT));
    }

    static TypeRef scalar(String type, String format) {
        return switch (type) {
            case "int", "integer" -> new TypeRef.Scalar("integer", format.equals("int64") ? "int64" : "int32");
            case "bool", "boolean" -> new TypeRef.Scalar("boolean", "");
            case "decimal" -> new TypeRef.Scalar("number", "decimal");
            case "number" -> new TypeRef.Scalar("number", format.equals("decimal") ? "decimal" : "");
            default ->
                new TypeRef.Scalar(
                        "string",
                        format.equals("uuid") || format.equals("date-time") || format.equals("date") ? format : "");
        };
    }

    private static TypeRef dictionaryValues(String of) {
        if (of == null) {
            return TypeRef.STRING;
        }
        String v = of.toLowerCase(Locale.ROOT).strip();
        TypeRef element = v.startsWith("number") || v.startsWith("decimal")
                ? new TypeRef.Scalar("number", "")
                : v.startsWith("integer")
                        ? new TypeRef.Scalar("integer", "int32")
                        : v.startsWith("bool") ? new TypeRef.Scalar("boolean", "") : TypeRef.STRING;
        return v.endsWith("arrays") ? new TypeRef.ArrayOf(element) : element;
    }

    /** The values of a reference page's map: {@code string}, {@code number format: double}, {@code Array<integer>}. */
    private static TypeRef mapValues(String cell) {
        TypeRef values = plainCell(cell);
        return values.isKnown() ? values : TypeRef.STRING;
    }

    private static TypeRef valueOfUpdate(String prefix) {
        String v = prefix.toLowerCase(Locale.ROOT).strip();
        if (v.startsWith("array of")) {
            return new TypeRef.ArrayOf(TypeRef.STRING);
        }
        return switch (v) {
            case "bool", "boolean" -> new TypeRef.Scalar("boolean", "");
            case "number", "decimal" -> new TypeRef.Scalar("number", "decimal");
            case "integer", "int" -> new TypeRef.Scalar("integer", "int32");
            case "string" -> TypeRef.STRING;
            default -> TypeRef.UNKNOWN;
        };
    }
}
