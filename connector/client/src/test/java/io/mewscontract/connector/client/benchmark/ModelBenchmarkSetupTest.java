package io.mewscontract.connector.client.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mewscontract.connector.model.PaymentRequestPage;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@link ModelBenchmark} runnable between benchmark runs (the build compiles it but never runs JMH): its data
 * reads with the generated and the plain model, its setup's same-data check passes for both, and that check fails
 * when the data differs.
 */
class ModelBenchmarkSetupTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void theGeneratedAndThePlainModelReadAndWriteTheWholePage() throws Exception {
        for (String variant : new String[] {"generated", "plain"}) {
            ModelBenchmark benchmark = new ModelBenchmark();
            benchmark.variant = variant;
            benchmark.setUp(); // throws unless the page written back carries the same data
            assertThat(benchmark.write()).isNotEmpty();
        }
        ModelBenchmark generated = new ModelBenchmark();
        generated.setUp();
        PaymentRequestPage page = (PaymentRequestPage) generated.read();
        assertThat(page.paymentRequests()).hasSize(ModelBenchmark.ITEMS);
        assertThat(page.paymentRequests()).extracting(p -> p.reason().value()).contains("Fee", "PaymentCardDeclined");
        assertThat(page.paymentRequests())
                .extracting(p -> p.amount().breakdown())
                .containsNull();
    }

    @Test
    void theSameDataCheckSeesAChangedValueAndAMissingProperty() throws Exception {
        JsonNode page = mapper.readTree(PaymentRequestPageData.page(3));
        assertThat(PaymentRequestPageData.sameData(page, page.deepCopy())).isTrue();

        JsonNode changed = page.deepCopy();
        ((ObjectNode) changed.get("PaymentRequests").get(1).get("Amount")).put("GrossValue", 1);
        assertThat(PaymentRequestPageData.sameData(page, changed)).isFalse();

        JsonNode missing = page.deepCopy();
        ((ObjectNode) missing.get("PaymentRequests").get(2)).remove("Description");
        assertThat(PaymentRequestPageData.sameData(page, missing)).isFalse();

        JsonNode absentNull = page.deepCopy();
        ((ObjectNode) absentNull.get("PaymentRequests").get(0)).remove("Notes"); // "Notes": null in item 0
        assertThat(PaymentRequestPageData.sameData(page, absentNull)).isTrue();
    }

    @Test
    void openApiGeneratorsVariantNamesTheScriptWhenItsModelsAreMissing() {
        ModelBenchmark benchmark = new ModelBenchmark();
        benchmark.variant = "openapi-generator";
        assertThatThrownBy(benchmark::setUp).hasMessageContaining("model-bench.sh");
    }
}
