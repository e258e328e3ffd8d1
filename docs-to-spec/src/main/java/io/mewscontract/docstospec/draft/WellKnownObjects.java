package io.mewscontract.docstospec.draft;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.mewscontract.docs.SourceRef;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Rule {@link DraftRules#WELL_KNOWN_OBJECTS}: objects every Connector API page uses but few pages define,
 * whose shape the usage guidelines and the shared objects page fix: {@code Time interval}
 * ({@code StartUtc}, {@code EndUtc} date-times), {@code Date interval} ({@code Start}, {@code End} dates)
 * and {@code Limitation} ({@code Count} 1..1000, optional {@code Cursor}). Used only when no page read
 * has a table for them: a table always wins.
 */
final class WellKnownObjects {
    static final SourceRef FACTS_PAGINATION = new SourceRef("MEWS-API-FACTS.md", 41);
    static final SourceRef FORMS_INTERVALS = new SourceRef("CONNECTOR-DOC-FORMS.md", 0);

    /** One well-known object: its names, properties (required first) and how to build it. */
    record Shape(String name, Set<String> required, Set<String> all) {}

    static final List<Shape> SHAPES = List.of(
            new Shape("TimeInterval", Set.of("StartUtc", "EndUtc"), Set.of("StartUtc", "EndUtc")),
            new Shape("DateInterval", Set.of("Start", "End"), Set.of("Start", "End")),
            new Shape("Limitation", Set.of("Count"), Set.of("Count", "Cursor")));

    private static final Map<String, String> BY_KEY =
            Map.of("time interval", "TimeInterval", "date interval", "DateInterval", "limitation", "Limitation");

    private WellKnownObjects() {}

    static String nameForKey(String key) {
        return BY_KEY.getOrDefault(key, "");
    }

    /** The well-known object whose properties include every key shown and all its required ones. */
    static String nameForKeys(Set<String> keys) {
        return SHAPES.stream()
                .filter(s -> s.all().containsAll(keys) && keys.containsAll(s.required()))
                .map(Shape::name)
                .findFirst()
                .orElse("");
    }

    /** Fills a new schema with the well-known object's decided shape. */
    static void fill(SchemaDraft schema, DraftContext context) {
        schema.fixed = true;
        switch (schema.name) {
            case "TimeInterval" -> {
                schema.docNames.add("Time interval");
                interval(schema, "StartUtc", "EndUtc", "date-time", "in UTC", context);
            }
            case "DateInterval" -> {
                schema.docNames.add("Date interval");
                interval(schema, "Start", "End", "date", "", context);
            }
            default -> {
                schema.docNames.add("Limitation");
                schema.description = "Cursor pagination: the number of items and where to continue.";
                PropertyDraft count = schema.property("Count");
                count.type = new TypeRef.Scalar("integer", "int32");
                count.required = true;
                count.extensions.put("minimum", JsonNodeFactory.instance.numberNode(1));
                count.extensions.put("maximum", JsonNodeFactory.instance.numberNode(1000));
                count.description = "Maximum number of items in one page.";
                PropertyDraft cursor = schema.property("Cursor");
                cursor.type = TypeRef.STRING;
                cursor.nullable = true;
                cursor.description = "The Cursor of the previous page, to fetch the next items. Opaque.";
                context.decide(
                        schema,
                        DraftRules.WELL_KNOWN_OBJECTS,
                        "Limitation {Count: int32 1..1000 required, Cursor: optional opaque string}",
                        List.of(FACTS_PAGINATION));
            }
        }
        count(schema);
    }

    private static void count(SchemaDraft schema) {
        // minLength etc. stay empty: the shapes above state only what the guidelines state.
        schema.properties.values().forEach(p -> p.minLength = OptionalInt.empty());
    }

    private static void interval(
            SchemaDraft schema, String start, String end, String format, String utc, DraftContext context) {
        for (String name : List.of(start, end)) {
            PropertyDraft p = schema.property(name);
            p.type = new TypeRef.Scalar("string", format);
            p.required = true;
            p.description = (name.equals(start) ? "Start" : "End") + " of the interval"
                    + (utc.isEmpty() ? "." : " " + utc + ".");
        }
        context.decide(
                schema,
                DraftRules.WELL_KNOWN_OBJECTS,
                schema.name + " {" + start + ", " + end + "} as " + format,
                List.of(FORMS_INTERVALS));
    }
}
