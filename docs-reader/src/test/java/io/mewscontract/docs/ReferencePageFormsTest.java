package io.mewscontract.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The reference page forms 001 does not show, as {@link Rendering#OPENAPI_REFERENCE} assumes a renderer prints
 * them: a deprecated operation, enum values, maps, a {@code oneOf}, a deprecated property, an interval's limit.
 */
class ReferencePageFormsTest {
    private static final String PAGE = String.join(
            "\n",
            "Get all gizmos", // 1
            "",
            "POST",
            "/api/connector/v1/gizmos/getAll",
            "Deprecated",
            "",
            "This operation is deprecated. Use Get all gizmos (ver 2025-01-01) instead.",
            "",
            "Returns all gizmos.",
            "", // 10
            "GizmoFilterParameters",
            "object",
            "States",
            "",
            "States of the gizmos. The list is not exhaustive.",
            "",
            "Array<string>",
            "Allowed values: \"Open\" \"Closed\"",
            "Period",
            "Time interval", // 20
            "",
            "Interval of the gizmos. Max length 2 weeks.",
            "",
            "object",
            "StartUtc",
            "required",
            "",
            "Start.",
            "",
            "string format: date-time", // 30
            "Example",
            "{ \"Period\": { \"StartUtc\": \"2025-01-01T00:00:00Z\" } }",
            "",
            "OK",
            "",
            "GizmoResult",
            "object",
            "Names",
            "Localized text",
            "object", // 40
            "Additional properties: string",
            "Kind",
            "required",
            "Gizmo kind",
            "",
            "Kind of the gizmo.",
            "",
            "string",
            "nullable",
            "Allowed values:", // 50
            "\"Small\" - A small one.",
            "\"Large\"",
            "IsOld",
            "",
            "Whether the gizmo is old. Deprecated! Use Age instead.",
            "",
            "boolean",
            "deprecated",
            "Shape",
            "", // 60
            "Structure depends on Kind.",
            "",
            "object",
            "One of",
            "Round shape",
            "object",
            "Radius",
            "number format: double",
            "Square shape",
            "object", // 70
            "Side",
            "number format: double",
            "Age",
            "integer format: int32",
            "Example", // 75
            "{ \"Age\": 3, \"Shape\": { \"Radius\": 1.5 } }",
            "");

    private final SourceDocument page = DocumentReader.parse("gizmos.txt", PAGE);
    private final DocumentedOperation op = page.operations().get(0);

    private DocumentedProperty property(String table, String name) {
        return op.tables().stream()
                .filter(t -> t.objectName().equals(table))
                .findFirst()
                .orElseThrow()
                .property(name)
                .orElseThrow();
    }

    @Test
    void theDeprecatedBadgeAndTheParagraphThatSaysWhy() {
        assertThat(op.deprecation())
                .isEqualTo("This operation is deprecated. Use Get all gizmos (ver 2025-01-01) instead.");
        assertThat(op.description()).isEqualTo("Returns all gizmos.");
    }

    @Test
    void enumsInlineAndOneValueALineWithTheirTitleLinesAndDescriptions() {
        assertThat(page.enums()).extracting(DocumentedEnum::name).containsExactly("States", "Gizmo kind");
        DocumentedEnum states = page.enums().get(0);
        assertThat(states.valueNames()).containsExactly("Open", "Closed");
        assertThat(states.notExhaustive()).as("the description's line").isEqualTo(15);
        assertThat(property("GizmoFilterParameters", "States").description())
                .as("the note is the enum's")
                .isEqualTo("States of the gizmos.");
        DocumentedEnum kind = page.enumNamed("Gizmo kind").orElseThrow();
        assertThat(kind.line()).isEqualTo(44);
        assertThat(kind.values())
                .extracting(v -> v.value() + "|" + v.description() + "|" + v.line())
                .containsExactly("Small|A small one.|51", "Large||52");
        DocumentedProperty kindProperty = property("GizmoResult", "Kind");
        assertThat(kindProperty.refersTo()).isEqualTo("Gizmo kind");
        assertThat(kindProperty.nullable()).isTrue();
        assertThat(kindProperty.description()).isEqualTo("Kind of the gizmo.");
    }

    @Test
    void aMapsTitleOpensNoNestedSchema() {
        DocumentedProperty names = property("GizmoResult", "Names");
        assertThat(names.type()).isEqualTo("object, additional properties: string");
        assertThat(names.refersTo()).isEqualTo("Localized text");
        assertThat(op.tables()).extracting(PropertyTable::objectName).doesNotContain("Localized text");
        assertThat(op.responseTable().orElseThrow().propertyNames()).contains("Names", "Kind", "IsOld", "Shape");
    }

    @Test
    void theAlternativesOfAOneOfAreSiblingsAndThePropertyAfterThemIsTheOwners() {
        assertThat(op.objectTable("Round shape").orElseThrow().propertyNames()).containsExactly("Radius");
        assertThat(op.objectTable("Square shape").orElseThrow().propertyNames()).containsExactly("Side");
        assertThat(property("GizmoResult", "Shape").type()).isEqualTo("object");
        // The example shows Age beside Shape: after the last alternative, in the schema that lists Shape.
        assertThat(op.responseTable().orElseThrow().propertyNames()).endsWith("Shape", "Age");
        assertThat(page.notes()).noneMatch(n -> n.line() == 73);
    }

    @Test
    void aDeprecatedPropertyAndAnIntervalLimitFromTheDescriptions() {
        DocumentedProperty isOld = property("GizmoResult", "IsOld");
        assertThat(isOld.deprecated()).isTrue();
        assertThat(isOld.replacement()).isEqualTo("Use Age instead.");
        assertThat(isOld.description()).isEqualTo("Whether the gizmo is old.");
        DocumentedProperty period = property("GizmoFilterParameters", "Period");
        assertThat(period.refersTo()).isEqualTo("Time interval");
        assertThat(period.constraints().unparsed()).containsExactly("max length 2 weeks");
        assertThat(period.description()).isEqualTo("Interval of the gizmos.");
        assertThat(page.findings()).isEmpty();
    }
}
