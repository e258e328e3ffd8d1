package io.mewscontract.codegen.compat;

import static io.mewscontract.codegen.compat.Verdict.BREAKING;
import static io.mewscontract.codegen.compat.Verdict.COMPATIBLE;
import static io.mewscontract.codegen.compat.Verdict.CONDITIONAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.codegen.Artifact;
import io.mewscontract.codegen.compat.java.JavaFinding;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One spec pair per change kind: the Widgets base spec and one edit of it, with the verdict expected on each axis,
 * and what japicmp must say of the jars compiled from both specs' generated code. Where our Java verdict is
 * breaking and japicmp sees nothing, the break is one of behaviour (a required value that builders now refuse to
 * leave unset), which no signature comparison can see; the case says so.
 */
class ChangeKindsTest {

    /** What japicmp finds in the generated jars, counting only what the compatibility contract counts. */
    enum Japicmp {
        /** No binary or source incompatibility that counts. */
        NOTHING,
        /** A counting incompatibility, attributed to the change under test. */
        BREAKS
    }

    record Case(
            String name,
            ChangeKind kind,
            String subject,
            Verdict clients,
            Verdict servers,
            Verdict java,
            Japicmp japicmp,
            Set<Artifact> artifacts,
            String... edits) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Set<Artifact> ALL = EnumSet.allOf(Artifact.class);
    private static final Set<Artifact> CLIENT = EnumSet.of(Artifact.CLIENT);

    static Stream<Case> cases() {
        return Stream.of(
                new Case(
                        "new enum value in a response",
                        ChangeKind.ENUM_VALUE_ADDED,
                        "WidgetState.Lost",
                        COMPATIBLE,
                        COMPATIBLE,
                        CONDITIONAL,
                        Japicmp.NOTHING,
                        ALL,
                        "enum: [Active, Retired]",
                        "enum: [Active, Retired, Lost]"),
                new Case(
                        "new enum value in a request",
                        ChangeKind.ENUM_VALUE_ADDED,
                        "WidgetColor.Green",
                        COMPATIBLE,
                        CONDITIONAL,
                        CONDITIONAL,
                        Japicmp.NOTHING,
                        ALL,
                        "enum: [Red, Blue]",
                        "enum: [Red, Blue, Green]"),
                new Case(
                        "enum value removed",
                        ChangeKind.ENUM_VALUE_REMOVED,
                        "WidgetState.Retired",
                        COMPATIBLE,
                        COMPATIBLE,
                        BREAKING,
                        Japicmp.BREAKS,
                        ALL,
                        "enum: [Active, Retired]",
                        "enum: [Active]"),
                new Case(
                        "new optional request property",
                        ChangeKind.PROPERTY_ADDED,
                        "WidgetAddParameters.Tag",
                        COMPATIBLE,
                        CONDITIONAL,
                        COMPATIBLE,
                        Japicmp.NOTHING,
                        ALL,
                        "            Notes:\n",
                        "            Tag:\n              type: string\n            Notes:\n"),
                new Case(
                        "new required request property",
                        ChangeKind.PROPERTY_ADDED,
                        "WidgetAddParameters.Weight",
                        BREAKING,
                        BREAKING,
                        BREAKING,
                        Japicmp.NOTHING,
                        ALL,
                        "          required: [Name]\n",
                        "          required: [Name, Weight]\n",
                        "            Notes:\n",
                        "            Weight:\n              type: integer\n            Notes:\n"),
                new Case(
                        "new optional response property",
                        ChangeKind.PROPERTY_ADDED,
                        "Widget.Shape",
                        COMPATIBLE,
                        COMPATIBLE,
                        COMPATIBLE,
                        Japicmp.NOTHING,
                        ALL,
                        "        Size:\n",
                        "        Shape:\n          type: string\n        Size:\n"),
                new Case(
                        "new required response property",
                        ChangeKind.PROPERTY_ADDED,
                        "Widget.Shape",
                        COMPATIBLE,
                        BREAKING,
                        BREAKING,
                        Japicmp.NOTHING,
                        ALL,
                        "required: [Id, Name, State]",
                        "required: [Id, Name, State, Shape]",
                        "        Size:\n",
                        "        Shape:\n          type: string\n        Size:\n"),
                new Case(
                        "response property removed",
                        ChangeKind.PROPERTY_REMOVED,
                        "Widget.Size",
                        COMPATIBLE,
                        COMPATIBLE,
                        BREAKING,
                        Japicmp.BREAKS,
                        ALL,
                        "        Size:\n          type: integer\n          format: int32\n          nullable: true\n",
                        ""),
                new Case(
                        "required response property removed",
                        ChangeKind.PROPERTY_REMOVED,
                        "Widget.Name",
                        BREAKING,
                        COMPATIBLE,
                        BREAKING,
                        Japicmp.BREAKS,
                        ALL,
                        "required: [Id, Name, State]",
                        "required: [Id, State]",
                        "        Name:\n          type: string\n        State:",
                        "        State:"),
                new Case(
                        "request property removed",
                        ChangeKind.PROPERTY_REMOVED,
                        "WidgetAddParameters.Notes",
                        CONDITIONAL,
                        COMPATIBLE,
                        BREAKING,
                        Japicmp.BREAKS,
                        ALL,
                        "            Notes:\n              type: string\n              nullable: true\n",
                        ""),
                new Case(
                        "response property made nullable",
                        ChangeKind.PROPERTY_NULLABILITY_CHANGED,
                        "Widget.Name",
                        CONDITIONAL,
                        COMPATIBLE,
                        CONDITIONAL,
                        Japicmp.NOTHING,
                        ALL,
                        "        Name:\n          type: string\n        State:",
                        "        Name:\n          type: string\n          nullable: true\n        State:"),
                new Case(
                        "request property made optional",
                        ChangeKind.PROPERTY_PRESENCE_CHANGED,
                        "WidgetAddParameters.Name",
                        COMPATIBLE,
                        CONDITIONAL,
                        CONDITIONAL,
                        Japicmp.NOTHING,
                        ALL,
                        "          required: [Name]\n",
                        ""),
                new Case(
                        "property type changed",
                        ChangeKind.PROPERTY_TYPE_CHANGED,
                        "Widget.Size",
                        BREAKING,
                        BREAKING,
                        BREAKING,
                        Japicmp.BREAKS,
                        ALL,
                        "          type: integer\n          format: int32\n",
                        "          type: string\n"),
                new Case(
                        "operation renamed",
                        ChangeKind.OPERATION_RENAMED,
                        "widgets/create",
                        BREAKING,
                        BREAKING,
                        BREAKING,
                        Japicmp.BREAKS,
                        ALL,
                        "/api/connector/v1/widgets/add:",
                        "/api/connector/v1/widgets/create:"),
                new Case(
                        "new operation (client and server)",
                        ChangeKind.OPERATION_ADDED,
                        "widgets/getRetired",
                        COMPATIBLE,
                        CONDITIONAL,
                        BREAKING,
                        Japicmp.BREAKS,
                        ALL,
                        "  /api/connector/v1/widgets/add:",
                        NEW_OPERATION + "  /api/connector/v1/widgets/add:"),
                new Case(
                        "new operation (client only)",
                        ChangeKind.OPERATION_ADDED,
                        "widgets/getRetired",
                        COMPATIBLE,
                        CONDITIONAL,
                        COMPATIBLE,
                        Japicmp.NOTHING,
                        CLIENT,
                        "  /api/connector/v1/widgets/add:",
                        NEW_OPERATION + "  /api/connector/v1/widgets/add:"),
                new Case(
                        "operation removed",
                        ChangeKind.OPERATION_REMOVED,
                        "widgets/getAll",
                        BREAKING,
                        COMPATIBLE,
                        BREAKING,
                        Japicmp.BREAKS,
                        ALL,
                        GET_ALL,
                        ""),
                new Case(
                        "operation deprecated",
                        ChangeKind.OPERATION_DEPRECATED,
                        "widgets/add",
                        COMPATIBLE,
                        COMPATIBLE,
                        COMPATIBLE,
                        Japicmp.NOTHING,
                        ALL,
                        "      summary: Add a widget\n",
                        "      summary: Add a widget\n      deprecated: true\n"),
                new Case(
                        "property deprecated",
                        ChangeKind.PROPERTY_DEPRECATED,
                        "Widget.Size",
                        COMPATIBLE,
                        COMPATIBLE,
                        COMPATIBLE,
                        Japicmp.NOTHING,
                        ALL,
                        "          format: int32\n          nullable: true\n",
                        "          format: int32\n          nullable: true\n          deprecated: true\n"),
                new Case(
                        "constraint tightened",
                        ChangeKind.CONSTRAINT_TIGHTENED,
                        "WidgetAddParameters.Name",
                        CONDITIONAL,
                        COMPATIBLE,
                        COMPATIBLE,
                        Japicmp.NOTHING,
                        ALL,
                        "maxLength: 100",
                        "maxLength: 50"),
                new Case(
                        "constraint loosened",
                        ChangeKind.CONSTRAINT_LOOSENED,
                        "WidgetAddParameters.Name",
                        COMPATIBLE,
                        CONDITIONAL,
                        COMPATIBLE,
                        Japicmp.NOTHING,
                        ALL,
                        "maxLength: 100",
                        "maxLength: 200"),
                new Case(
                        "x-mews-kind changed",
                        ChangeKind.OPERATION_CHANGED,
                        "widgets/getAll",
                        COMPATIBLE,
                        COMPATIBLE,
                        COMPATIBLE,
                        Japicmp.NOTHING,
                        ALL,
                        "      x-mews-kind: read\n",
                        "      x-mews-kind: write\n"),
                new Case(
                        "documentation only",
                        ChangeKind.DOCUMENTATION_CHANGED,
                        "documentation",
                        COMPATIBLE,
                        COMPATIBLE,
                        COMPATIBLE,
                        Japicmp.NOTHING,
                        ALL,
                        "description: The widgets.",
                        "description: Every widget the filter selects."),
                new Case(
                        "a contract change no rule knows",
                        ChangeKind.UNJUDGED_CHANGE,
                        "contract",
                        CONDITIONAL,
                        CONDITIONAL,
                        CONDITIONAL,
                        Japicmp.NOTHING,
                        ALL,
                        "      operationId: widgets_add\n",
                        "      operationId: widgets_add\n      tags: [Widgets]\n"));
    }

    /** Read with the same request type as getAll: a new operation, not a rename. */
    private static final String NEW_OPERATION = String.join(
            "\n",
            "  /api/connector/v1/widgets/getRetired:",
            "    post:",
            "      operationId: widgets_getRetired",
            "      x-mews-kind: read",
            "      requestBody:",
            "        required: true",
            "        content:",
            "          application/json:",
            "            schema:",
            "              $ref: '#/components/schemas/WidgetFilterParameters'",
            "      responses:",
            "        '200':",
            "          description: The retired widgets.",
            "          content:",
            "            application/json:",
            "              schema:",
            "                $ref: '#/components/schemas/Widget'",
            "");

    private static final String GET_ALL = SpecPair.BASE.substring(
            SpecPair.BASE.indexOf("  /api/connector/v1/widgets/getAll:"),
            SpecPair.BASE.indexOf("  /api/connector/v1/widgets/add:"));

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachChangeKindIsJudgedOnAllThreeAxes(Case c) throws Exception {
        CompatReport report = SpecPair.edit(directory, c.edits()).compare(c.artifacts());

        Change change = report.changes().stream()
                .filter(x -> x.kind() == c.kind() && x.subject().equals(c.subject()))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("No " + c.kind() + " of " + c.subject() + " in " + report.changes()));
        assertThat(List.of(
                        change.clients().verdict(),
                        change.servers().verdict(),
                        change.java().verdict()))
                .as(
                        "%s: clients, servers, Java; reasons %s / %s / %s",
                        c.name(),
                        change.clients().reason(),
                        change.servers().reason(),
                        change.java().reason())
                .containsExactly(c.clients(), c.servers(), c.java());

        List<JavaFinding> counting =
                report.javaFindings().stream().filter(JavaFinding::counts).toList();
        if (c.japicmp() == Japicmp.NOTHING) {
            assertThat(counting).as("japicmp finds nothing that counts").isEmpty();
        } else {
            assertThat(counting).as("japicmp finds a counting incompatibility").isNotEmpty();
            assertThat(change.javaFindings())
                    .as("japicmp's findings are attributed to the change")
                    .isNotEmpty();
        }
        if (change.breaking()) {
            assertThat(report.bump())
                    .as("a breaking change needs a major version")
                    .isEqualTo(Bump.MAJOR);
        }
    }
}
