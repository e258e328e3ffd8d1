package io.mewscontract.codegen.constructs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mewscontract.codegen.CodeGenerator;
import io.mewscontract.codegen.GenerationRequest;
import io.mewscontract.codegen.testing.FixtureOutput;
import io.mewscontract.codegen.testing.InMemoryCompiler;
import io.mewscontract.codegen.testing.ProjectPaths;
import io.mewscontract.codegen.write.GeneratedFile;
import io.mewscontract.runtime.HybridId;
import io.mewscontract.runtime.JsonMappers;
import io.mewscontract.runtime.Update;
import io.mewscontract.runtime.ValidationContext;
import io.mewscontract.runtime.ValidationMode;
import io.mewscontract.runtime.Validator;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every construct of the whole Connector API (fixtures/constructs/constructs.yaml), generated, compiled with
 * {@code -Xlint:all -Werror} and run: snippets of the generated code, then the code at work on JSON.
 */
class ConstructsTest {

    static final String PACKAGE = "com.example.constructs";
    private static final ObjectMapper CLIENT = JsonMappers.client();
    private static List<GeneratedFile> files;
    private static InMemoryCompiler.Compiled compiled;

    /** Generated and compiled once per JVM, shared with the other construct tests. */
    @BeforeAll
    static synchronized void generateAndCompile() throws Exception {
        if (compiled != null) {
            return;
        }
        files = new CodeGenerator("test")
                .render(GenerationRequest.all(
                        ProjectPaths.testResource("fixtures/constructs/constructs.yaml"), Path.of("unused"), PACKAGE));
        compiled = InMemoryCompiler.compile(files, List.of(), FixtureOutput.freshDirectory("compiled-constructs"));
    }

    static String source(String relative) {
        ensureCompiled();
        String path = PACKAGE.replace('.', '/') + "/" + relative;
        return files.stream()
                .filter(f -> f.relativePath().equals(path))
                .findFirst()
                .map(f -> new String(f.content(), StandardCharsets.UTF_8))
                .orElseThrow(() -> new AssertionError("not generated: " + path));
    }

    static Class<?> type(String name) {
        ensureCompiled();
        return compiled.load(PACKAGE + "." + name);
    }

    private static void ensureCompiled() {
        try {
            generateAndCompile();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Object call(Object target, String method) throws Exception {
        return target.getClass().getMethod(method).invoke(target);
    }

    @SuppressWarnings("unchecked")
    static List<String> violations(String validator, Object value, ValidationMode mode) throws Exception {
        Validator<Object> instance = (Validator<Object>)
                type("validation." + validator).getField("INSTANCE").get(null);
        ValidationContext context = new ValidationContext(mode);
        instance.validate(value, "$", context);
        return context.violations().stream()
                .map(v -> v.path() + ": " + v.message())
                .toList();
    }

    // ---- maps, dates, free-form objects, hybrid identifiers --------------------------------------------------

    @Test
    void mapsAreUnmodifiableInWireOrderAndRoundTrip() throws Exception {
        assertThat(source("model/Widget.java"))
                .contains(
                        "Map<String, String> names",
                        "Map<String, BigDecimal> scores",
                        "Map<String, List<Integer>> slots",
                        "LocalDate deliveredOn",
                        "JsonNode metadata",
                        "HybridId id");
        String json = "{\"Id\":\"eid:W-1\",\"Names\":{\"en-US\":\"Widget\",\"cs-CZ\":\"Vidget\",\"de-DE\":\"W\"},"
                + "\"Scores\":{\"a\":1.10},\"Slots\":{\"x\":[1,2]},\"DeliveredOn\":\"2024-02-29\","
                + "\"Metadata\":{\"any\":[1,{\"deep\":true}]},\"Flags\":[]}";
        Object widget = CLIENT.readValue(json, type("model.Widget"));
        @SuppressWarnings("unchecked")
        Map<String, String> names = (Map<String, String>) call(widget, "names");
        assertThat(names)
                .containsExactly(Map.entry("en-US", "Widget"), Map.entry("cs-CZ", "Vidget"), Map.entry("de-DE", "W"));
        assertThatThrownBy(() -> names.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(call(widget, "deliveredOn")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(((Map<?, ?>) call(widget, "scores")).get("a")).isEqualTo(new BigDecimal("1.10"));
        assertThat(call(widget, "id")).isEqualTo(HybridId.of("eid:W-1"));
        assertThat(((HybridId) call(widget, "id")).prefix()).contains("eid");
        assertThat((JsonNode) CLIENT.valueToTree(widget)).isEqualTo(CLIENT.readTree(json));
    }

    // ---- deprecation -------------------------------------------------------------------------------------------

    @Test
    void aDeprecatedRequiredResponsePropertyMayBeAbsentAndNamesItsReplacement() throws Exception {
        String widget = source("model/Widget.java");
        assertThat(widget)
                .contains("@deprecated use {@code Flags} instead (the spec marks this property deprecated)")
                .contains("@Deprecated\n    public @Nullable Boolean flag()");
        Object read = CLIENT.readValue("{\"Id\":\"eid:1\",\"Names\":{}}", type("model.Widget"));
        assertThat(read.getClass().getMethod("flag").invoke(read)).isNull();
    }

    // ---- versioned operations ----------------------------------------------------------------------------------

    @Test
    void versionedOperationsAreBothGeneratedWithNamesToTellApartAndLinked() throws Exception {
        String client = source("client/WidgetsClient.java");
        assertThat(client)
                .contains(
                        "WidgetResult getAll(WidgetFilter request)",
                        "WidgetResult getAll_2023_06_06(WidgetFilter request)",
                        "@deprecated use {@link #getAll_2023_06_06}, its version of 2023-06-06",
                        "@see #getAll the unversioned operation");
        assertThat(source("operation/WidgetsOperations.java"))
                .contains("/api/connector/v1/widgets/getAll/2023-06-06", "GET_ALL_2023_06_06");
        assertThat(source("server/WidgetsService.java")).contains("getAll_2023_06_06(WidgetFilter request");
    }

    // ---- empty responses ---------------------------------------------------------------------------------------

    @Test
    void anEmptyResponseIsARecordWithNoDeclaredPropertiesThatKeepsWhateverComes() throws Exception {
        Object empty = CLIENT.readValue("{}", type("model.EmptyResult"));
        assertThat(CLIENT.writeValueAsString(empty)).isEqualTo("{}");
        Object grown = CLIENT.readValue("{\"Later\":1}", type("model.EmptyResult"));
        assertThat(CLIENT.writeValueAsString(grown)).isEqualTo("{\"Later\":1}");
    }

    // ---- cross-property rules and date intervals ---------------------------------------------------------------

    @Test
    void crossPropertyRulesAndDateIntervalLimitsAreChecked() throws Exception {
        Class<?> filter = type("model.WidgetFilter");
        Object none = CLIENT.readValue("{}", filter);
        assertThat(violations("WidgetFilterValidator", none, ValidationMode.CLIENT))
                .containsExactly("$: at least one of WidgetIds, DeliveryInterval is required");
        Object both = CLIENT.readValue("{\"WidgetIds\":[\"eid:1\"],\"ExternalIds\":[\"x\"]}", filter);
        assertThat(violations("WidgetFilterValidator", both, ValidationMode.CLIENT))
                .containsExactly("$: at most one of WidgetIds, ExternalIds may be given");
        Object tooLong =
                CLIENT.readValue("{\"DeliveryInterval\":{\"Start\":\"2024-01-01\",\"End\":\"2024-02-02\"}}", filter);
        assertThat(violations("WidgetFilterValidator", tooLong, ValidationMode.CLIENT))
                .containsExactly(
                        "$.DeliveryInterval: interval must not be longer than P31D (is from 2024-01-01 to 2024-02-02)");
        Object fine = CLIENT.readValue(
                "{\"DeliveryInterval\":{\"Start\":\"2024-01-01\",\"End\":\"2024-02-01\"},\"Labels\":{\"a\":\"ok\"}}",
                filter);
        assertThat(violations("WidgetFilterValidator", fine, ValidationMode.CLIENT))
                .isEmpty();
        Object badLabel = CLIENT.readValue("{\"WidgetIds\":[\"nonsense\"],\"Labels\":{\"long\":\"toolong\"}}", filter);
        assertThat(violations("WidgetFilterValidator", badLabel, ValidationMode.SERVER))
                .containsExactly(
                        "$.WidgetIds[0]: must be a UUID or a prefixed identifier such as eid:1234 (is 'nonsense')",
                        "$.Labels.long: must be at most 5 characters long (is 7)");
        assertThat(violations("WidgetFilterValidator", badLabel, ValidationMode.CLIENT))
                .as("a client passes identifiers through")
                .hasSize(1);
    }

    // ---- discriminated unions ----------------------------------------------------------------------------------

    @Test
    void oneOfUnionsAreSealedAndAnUnknownKindRoundTripsUnchanged() throws Exception {
        assertThat(source("model/Attachment.java"))
                .contains("public sealed interface Attachment permits PdfAttachment, ImageAttachment,"
                        + " Attachment.Unknown");
        Class<?> attachment = type("model.Attachment");
        assertThat(attachment.isSealed()).isTrue();
        Object pdf = CLIENT.readValue("{\"Kind\":\"Pdf\",\"Pages\":3}", attachment);
        assertThat(pdf.getClass().getSimpleName()).isEqualTo("PdfAttachment");
        assertThat(call(pdf, "pages")).isEqualTo(3);
        String later = "{\"Kind\":\"Video\",\"Seconds\":12,\"Codec\":{\"Name\":\"av1\"}}";
        Object unknown = CLIENT.readValue(later, attachment);
        assertThat(unknown.getClass().getSimpleName()).isEqualTo("Unknown");
        assertThat(call(unknown, "kind")).isEqualTo("Video");
        assertThat(CLIENT.writeValueAsString(unknown)).isEqualTo(later);
        assertThat(CLIENT.writeValueAsString(pdf)).isEqualTo("{\"Kind\":\"Pdf\",\"Pages\":3}");
    }

    @Test
    void envelopeUnionsKeepTheirEnvelopeAndUnknownKinds() throws Exception {
        Class<?> content = type("model.Content");
        String text = "{\"Discriminator\":\"Text\",\"Value\":{\"Text\":\"hi\"}}";
        Object read = CLIENT.readValue(text, content);
        assertThat(read.getClass().getSimpleName()).isEqualTo("TextContentKind");
        assertThat(call(call(read, "value"), "text")).isEqualTo("hi");
        assertThat(CLIENT.writeValueAsString(read)).isEqualTo(text);
        String later = "{\"Discriminator\":\"Video\",\"Value\":{\"Url\":\"u\",\"Seconds\":3}}";
        assertThat(CLIENT.writeValueAsString(CLIENT.readValue(later, content))).isEqualTo(later);
    }

    @Test
    void unionsWithOnePropertyPerKindReadTheirKindsProperty() throws Exception {
        Class<?> owner = type("model.Owner");
        String enterprise = "{\"Discriminator\":\"Enterprise\",\"EnterpriseProfile\":{\"Name\":\"Hotel\"}}";
        Object read = CLIENT.readValue(enterprise, owner);
        assertThat(read.getClass().getSimpleName()).isEqualTo("EnterpriseProfileKind");
        assertThat(call(call(read, "value"), "name")).isEqualTo("Hotel");
        assertThat(CLIENT.writeValueAsString(read)).isEqualTo(enterprise);
        assertThatThrownBy(() -> CLIENT.readValue("{\"Discriminator\":\"Person\"}", owner))
                .hasMessageContaining("the property PersonProfile is missing");
    }

    @Test
    void theStrictServerMapperReadsEveryRequestConstruct() throws Exception {
        ObjectMapper server = JsonMappers.server();
        Object update = server.readValue(
                "{\"WidgetId\":\"eid:7\",\"Name\":{\"Value\":null}," + "\"DeliveredOn\":{\"Value\":\"2024-05-01\"}}",
                type("model.WidgetUpdateParameters"));
        assertThat(call(update, "name")).isEqualTo(Update.clear());
        assertThat(call(update, "deliveredOn")).isEqualTo(Update.set(LocalDate.of(2024, 5, 1)));
        Object filter = server.readValue(
                "{\"WidgetIds\":[\"eid:1\"],\"Labels\":{\"a\":\"b\"},"
                        + "\"DeliveryInterval\":{\"Start\":\"2024-01-01\",\"End\":\"2024-01-02\"}}",
                type("model.WidgetFilter"));
        assertThat(violations("WidgetFilterValidator", filter, ValidationMode.SERVER))
                .isEmpty();
        assertThatThrownBy(() -> server.readValue(
                        "{\"WidgetId\":\"eid:7\",\"Name\":{\"Value\":5}}", type("model.WidgetUpdateParameters")))
                .as("strict: a number is no string")
                .isNotNull();
    }

    // ---- update values -----------------------------------------------------------------------------------------

    @Test
    void updateValuesKeepAbsentSetAndClearApart() throws Exception {
        assertThat(source("model/WidgetUpdateParameters.java"))
                .contains("Update<String> name", "Update<LocalDate> deliveredOn");
        Class<?> parameters = type("model.WidgetUpdateParameters");
        Object builder = parameters.getMethod("builder").invoke(null);
        Method widgetId = builder.getClass().getMethod("widgetId", HybridId.class);
        Method name = builder.getClass().getMethod("name", Update.class);
        Method deliveredOn = builder.getClass().getMethod("deliveredOn", Update.class);
        widgetId.invoke(builder, HybridId.of("eid:7"));
        Object unchanged = builder.getClass().getMethod("build").invoke(builder);
        assertThat(CLIENT.writeValueAsString(unchanged)).isEqualTo("{\"WidgetId\":\"eid:7\"}");
        name.invoke(builder, Update.set("New"));
        deliveredOn.invoke(builder, Update.clear());
        Object changed = builder.getClass().getMethod("build").invoke(builder);
        String json = CLIENT.writeValueAsString(changed);
        assertThat(json)
                .isEqualTo("{\"WidgetId\":\"eid:7\",\"Name\":{\"Value\":\"New\"},\"DeliveredOn\":{\"Value\":null}}");
        Object back = CLIENT.readValue(json, parameters);
        assertThat(call(back, "name")).isEqualTo(Update.set("New"));
        assertThat(call(back, "deliveredOn")).isEqualTo(Update.clear());
        assertThat(call(CLIENT.readValue("{\"WidgetId\":\"eid:7\"}", parameters), "name"))
                .isEqualTo(Update.unchanged());
        name.invoke(builder, Update.set("far too long a name"));
        Object tooLong = builder.getClass().getMethod("build").invoke(builder);
        assertThat(violations("WidgetUpdateParametersValidator", tooLong, ValidationMode.CLIENT))
                .containsExactly("$.Name.Value: must be at most 10 characters long (is 19)");
        JsonNode dateSet = CLIENT.readTree(CLIENT.writeValueAsString(
                CLIENT.readValue("{\"WidgetId\":\"eid:7\",\"DeliveredOn\":{\"Value\":\"2024-05-01\"}}", parameters)));
        assertThat(dateSet.at("/DeliveredOn/Value").asText()).isEqualTo("2024-05-01");
    }
}
