package io.mewscontract.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.docs.CheckoutLayout;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecParsesCleanlyTest {

    /** swagger-parser's own reading, references resolved, every message kept: what this test holds the spec to. */
    static SwaggerParseResult parse(Path file) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readLocation(file.toUri().toString(), null, options);
    }

    @Test
    void swaggerParserReportsNoMessages() {
        SwaggerParseResult result = parse(CheckoutLayout.spec());

        assertThat(result.getMessages())
                .as("swagger-parser messages for %s", CheckoutLayout.spec())
                .isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.0.3");
    }

    @Test
    void everyReferenceResolves() throws IOException {
        assertThat(DanglingRefFinder.find(CheckoutLayout.spec())).isEmpty();
    }

    @Test
    void declaresTheFourOperationsAsPostWithStableIdsAndTags() {
        OpenAPI api = parse(CheckoutLayout.spec()).getOpenAPI();

        assertThat(api.getPaths())
                .containsOnlyKeys(
                        "/api/connector/v1/preauthorizations/getAllByCustomers",
                        "/api/connector/v1/paymentRequests/getAll",
                        "/api/connector/v1/paymentRequests/add",
                        "/api/connector/v1/paymentRequests/cancel");
        api.getPaths().forEach((path, item) -> {
            assertThat(item.readOperations()).as("operations of %s", path).hasSize(1);
            assertThat(item.getPost()).as("POST %s", path).isNotNull();
            assertThat(item.getPost().getTags()).as("tags of %s", path).hasSize(1);
            assertThat(item.getPost().getResponses())
                    .as("responses of %s", path)
                    .containsKeys("200", "204", "400", "401", "403", "404", "408", "409", "413", "429", "500");
            assertThat(item.getPost().getExtensions())
                    .as("x-mews-kind of %s", path)
                    .containsKey("x-mews-kind");
        });
        assertThat(api.getPaths()
                        .get("/api/connector/v1/paymentRequests/add")
                        .getPost()
                        .getOperationId())
                .isEqualTo("addPaymentRequests");
        assertThat(api.getServers())
                .extracting(s -> s.getUrl())
                .containsExactly("https://api.mews-demo.com", "https://api.mews.com");
    }

    @Test
    void everyEnumIsDeclaredOpen() {
        OpenAPI api = parse(CheckoutLayout.spec()).getOpenAPI();

        api.getComponents().getSchemas().forEach((name, schema) -> {
            if (schema.getEnum() != null) {
                assertThat(schema.getExtensions())
                        .as("x-mews-open-enum on %s", name)
                        .containsEntry("x-mews-open-enum", true);
            }
        });
    }

    @Test
    void moneyIsDecimalNeverDouble() throws IOException {
        String text = Files.readString(CheckoutLayout.spec());

        assertThat(text).doesNotContain("format: double").doesNotContain("format: float");
        assertThat(text).contains("format: decimal");
    }

    @Test
    void negativeControlDanglingReferenceIsReportedWithItsPointer(@TempDir Path dir) throws IOException {
        String broken = Files.readString(CheckoutLayout.spec())
                .replace(
                        "$ref: '#/components/schemas/TaxBreakdownItem'",
                        "$ref: '#/components/schemas/TaxBreakdownIten'");
        Path copy = Files.writeString(dir.resolve("broken.yaml"), broken);

        List<String> problems = DanglingRefFinder.find(copy);

        assertThat(problems)
                .singleElement()
                .asString()
                .contains(copy.toString())
                .contains("#/components/schemas/TaxBreakdown/properties/Items/items/$ref")
                .contains("'#/components/schemas/TaxBreakdownIten' does not resolve");
        assertThat(parse(copy).getMessages()).isNotEmpty();
    }
}
