package io.mewscontract.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.codegen.CodeGenerator;
import io.mewscontract.codegen.GenerationRequest;
import io.mewscontract.codegen.testing.SpecSnippets;
import io.mewscontract.codegen.write.GeneratedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per emitter on a few lines of spec over the snippet base spec ({@link SpecSnippets}): an emitter change is
 * tested here without touching the fixture specs and their golden files. Assertions compare code with runs of
 * whitespace collapsed, so they hold however a line is wrapped.
 */
class EmitterSnippetsTest {

    /** The base spec's {@code Thing}, which most snippets replace. */
    static final String THING = """
                Thing:
                  type: object
                  properties:
                    Id:
                      type: string
                      format: uuid
            """;

    @TempDir
    Path directory;

    @Test
    void recordComponentsSayPresenceAndNullness() throws Exception {
        List<GeneratedFile> files = render(THING, """
                    Thing:
                      type: object
                      required: [Name, Note]
                      properties:
                        Name:
                          type: string
                        Note:
                          type: string
                          nullable: true
                        Size:
                          type: integer
            """);

        assertThat(source(files, "model/Thing.java"))
                .contains("public record Thing(")
                .contains("@JsonProperty(value = \"Name\", required = true) String name,")
                .contains("@JsonProperty(value = \"Note\", required = true) @JsonInclude(JsonInclude.Include.ALWAYS)"
                        + " @Nullable String note,")
                .contains("@JsonProperty(\"Size\") @Nullable Integer size,")
                .contains("Required.nonNull(name, \"name is required\");")
                .doesNotContain("Required.nonNull(note");
    }

    @Test
    void anOpenEnumKeepsUnknownValues() throws Exception {
        List<GeneratedFile> files = render(THING, THING + """
                    Color:
                      type: string
                      x-mews-open-enum: true
                      enum: [Red, DarkGreen]
                """);

        assertThat(source(files, "model/Color.java"))
                .contains("public final class Color implements OpenEnum {")
                .contains("public static final Color DARK_GREEN = new Color(\"DarkGreen\", Known.DARK_GREEN);")
                .contains("case \"Red\" -> RED;")
                .contains("default -> new Color(value, Known.UNKNOWN);")
                .contains("public enum Known {")
                .contains("DARK_GREEN,");
    }

    @Test
    void aUnionIsASealedInterfaceWithAnUnknownVariant() throws Exception {
        List<GeneratedFile> files = render(THING, THING + """
                    Shape:
                      type: object
                      x-mews-union:
                        discriminator: Discriminator
                        value: Value
                        mapping:
                          Circle: '#/components/schemas/Circle'
                      properties:
                        Discriminator:
                          type: string
                        Value:
                          type: object
                    Circle:
                      type: object
                      properties:
                        Radius:
                          type: number
                """);

        assertThat(source(files, "model/Shape.java"))
                .contains("public sealed interface Shape permits Shape.CircleKind, Shape.Unknown {")
                .contains("record CircleKind(Circle value) implements Shape {")
                .contains("record Unknown(@Nullable String discriminator, @JsonValue JsonNode json) implements Shape {")
                .contains("case \"Circle\" -> new CircleKind(context.readTreeAsValue(value(json, \"Value\", context),"
                        + " Circle.class));");
    }

    @Test
    void additionalPropertiesAreAMap() throws Exception {
        List<GeneratedFile> files = render(THING, """
                    Thing:
                      type: object
                      properties:
                        Scores:
                          type: object
                          additionalProperties:
                            type: array
                            items:
                              type: integer
            """);

        assertThat(source(files, "model/Thing.java"))
                .contains("@JsonProperty(\"Scores\") @Nullable Map<String, List<Integer>> scores,");
    }

    @Test
    void anUpdateValueIsTheRuntimesUpdate() throws Exception {
        List<GeneratedFile> files = render(THING, """
                    Thing:
                      type: object
                      properties:
                        Name:
                          $ref: '#/components/schemas/StringUpdateValue'
                    StringUpdateValue:
                      type: object
                      x-mews-update-value: true
                      properties:
                        Value:
                          type: string
                          nullable: true
            """);

        String thing = source(files, "model/Thing.java");
        assertThat(thing)
                .contains(
                        "@JsonSerialize(using = UpdateSerializer.class) @JsonDeserialize(using = UpdateDeserializer.class)"
                                + " Update<String> name,")
                .contains("name = name == null ? Update.unchanged() : name;");
        assertThat(files).noneMatch(file -> file.relativePath().endsWith("/StringUpdateValue.java"));
    }

    @Test
    void anOperationBecomesAClientMethodAServiceMethodAndATableRow() throws Exception {
        List<GeneratedFile> files = render("/things/getAll:", "/things/getAllActive:");

        assertThat(source(files, "client/ThingsClient.java"))
                .contains("ThingResult getAllActive(ThingFilter request);")
                .contains("CompletableFuture<ThingResult> getAllActiveAsync(ThingFilter request);");
        assertThat(source(files, "client/DefaultThingsClient.java"))
                .contains("return ClientCalls.send(transport, ThingsOperations.GET_ALL_ACTIVE, request);");
        assertThat(source(files, "operation/ThingsOperations.java"))
                .contains("public static final OperationDescriptor<ThingFilter, ThingResult> GET_ALL_ACTIVE =")
                .contains("\"/api/connector/v1/things/getAllActive\", OperationKind.READ,");
        assertThat(source(files, "server/ThingsService.java"))
                .contains("ThingResult getAllActive(ThingFilter request, RequestContext context);");
        assertThat(source(files, "server/OperationTable.java"))
                .contains("? ServerOperation.notImplemented(ThingsOperations.GET_ALL_ACTIVE)")
                .contains(": new ServerOperation<>(ThingsOperations.GET_ALL_ACTIVE, things::getAllActive)");
        assertThat(source(files, "operation/RequestShapes.java"))
                .contains("new WireProperty(\"Ids\", false, false, null)");
    }

    @Test
    void aValidatorChecksEachConstraintWithItsPath() throws Exception {
        List<GeneratedFile> files = render("""
                            Ids:
                              type: array
                              maxItems: 10
                """, """
                            Name:
                              type: string
                              pattern: '^[a-z]+$'
                            Ids:
                              type: array
                              maxItems: 10
                """);

        assertThat(source(files, "validation/ThingFilterValidator.java"))
                .contains("public final class ThingFilterValidator implements Validator<ThingFilter> {")
                .contains("Checks.pattern(context, path, \".Name\", name, \"^[a-z]+$\");")
                .contains("Checks.maxItems(context, path, \".Ids\", ids, 10);");
    }

    @Test
    void aDeprecatedSchemaAndEveryPropertyOfItsTypeNameTheReplacement() throws Exception {
        List<GeneratedFile> files = render(THING, """
                    Thing:
                      type: object
                      properties:
                        Legacy:
                          $ref: '#/components/schemas/OldThing'
                        Shades:
                          type: array
                          items:
                            $ref: '#/components/schemas/OldColor'
                        Plain:
                          $ref: '#/components/schemas/NewThing'
                    OldThing:
                      type: object
                      deprecated: true
                      x-mews-replaced-by: NewThing
                      properties:
                        Name:
                          type: string
                    NewThing:
                      type: object
                      properties:
                        Name:
                          type: string
                    OldColor:
                      type: string
                      x-mews-open-enum: true
                      deprecated: true
                      x-mews-replaced-by: Color
                      enum: [Red]
                    Color:
                      type: string
                      x-mews-open-enum: true
                      enum: [Red]
            """);

        String thing = source(files, "model/Thing.java");
        assertThat(thing)
                .contains(
                        "@param legacy The <code>Legacy</code> property. Optional: not written when <code>null</code>."
                                + " Its type <code>OldThing</code> is deprecated: use <code>NewThing</code> instead.")
                .contains(
                        "@param shades The <code>Shades</code> property. Optional: not written when <code>null</code>."
                                + " Its type <code>OldColor</code> is deprecated: use <code>Color</code> instead.")
                .doesNotContain("<code>NewThing</code> is deprecated");
        assertThat(source(files, "model/OldThing.java"))
                .contains("@deprecated use {@code NewThing} instead (the spec marks this type deprecated)")
                .contains("@Deprecated");
        assertThat(source(files, "model/OldColor.java"))
                .contains("@deprecated use {@code Color} instead (the spec marks this type deprecated)")
                .contains("@Deprecated");
        assertThat(source(files, "model/Color.java")).doesNotContain("deprecated");
    }

    /** The base spec with {@code replace} replaced by {@code with}, re-indented to where {@code replace} sits. */
    private List<GeneratedFile> render(String replace, String with) throws Exception {
        int shift = indentation(replace) - indentation(with);
        String shifted = with.lines()
                .map(line -> shift >= 0 ? " ".repeat(shift) + line : line.substring(Math.min(-shift, line.length())))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        Path spec = SpecSnippets.write(directory, "snippet.yaml", replace, replace.contains("\n") ? shifted : with);
        return new CodeGenerator("test").render(GenerationRequest.all(spec, Path.of("unused"), "com.example.snippet"));
    }

    private static int indentation(String yaml) {
        return yaml.lines()
                .filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length())
                .min()
                .orElse(0);
    }

    /**
     * The generated file ending in {@code suffix}, with every run of whitespace made one space, none after an opening
     * parenthesis (where a wrap may start a new line), and Javadoc lines joined (their {@code *} prefixes dropped).
     */
    static String source(List<GeneratedFile> files, String suffix) {
        return files.stream()
                .filter(file -> file.relativePath().endsWith("/" + suffix))
                .map(file -> new String(file.content(), StandardCharsets.UTF_8)
                        .replaceAll("\n\\s*\\*(?!/) ?", " ")
                        .replaceAll("\\s+", " ")
                        .replace("( ", "("))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no generated file " + suffix + " in "
                        + files.stream().map(GeneratedFile::relativePath).toList()));
    }
}
