package io.mewscontract.sandbox.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mewscontract.connector.model.Preauthorization;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DocumentedPreauthorizationsTest {

    @Test
    void everyDocumentedCustomerGetsItsDocumentedPreauthorizations() {
        List<Preauthorization> seeds = DocumentedPreauthorizations.read();

        // 000, 001 and 002 show customer 20725048-… with two preauthorizations; 003 shows the same two ids for two
        // other customers, one each. The pairs are distinct seeds.
        assertThat(seeds)
                .extracting(p -> p.customerId().toString() + " " + p.id())
                .containsExactly(
                        "20725048-b6ec-40f0-9d0a-7e5273d8b861 2d93962f-067f-45a6-b7c4-bc4b9d899456",
                        "20725048-b6ec-40f0-9d0a-7e5273d8b861 ad44411a-1efc-46b6-b903-ec5fa7842000",
                        "fadd5bb6-b428-45d5-94f8-fd0d89fece6d 2d93962f-067f-45a6-b7c4-bc4b9d899456",
                        "bccdafd1-3e44-439d-861f-341526b597a9 ad44411a-1efc-46b6-b903-ec5fa7842000");
        assertThat(seeds).allSatisfy(p -> assertThat(p.additionalProperties()).isEmpty());
    }

    @Test
    void theFirstDocumentInFileNameOrderWinsWhereSeveralShowOnePair() {
        String first = markdown("\"Code\": \"FIRST\"");
        String second = markdown("\"Code\": \"SECOND\"");
        Map<String, String> documents = new LinkedHashMap<>();
        documents.put("a.md", first);
        documents.put("b.md", second);

        List<Preauthorization> seeds = DocumentedPreauthorizations.fromDocuments(documents);

        assertThat(seeds).singleElement().extracting(Preauthorization::code).isEqualTo("FIRST");
    }

    @Test
    void aValidExampleThatDoesNotBindIsReportedWithItsDocumentAndLine() {
        Map<String, String> documents = Map.of("broken.md", markdown("\"ReservationId\": \"not-a-guid\""));

        assertThatThrownBy(() -> DocumentedPreauthorizations.fromDocuments(documents))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The preauthorization example at broken.md:");
    }

    /** A minimal markdown source document with one response example of one preauthorization. */
    private static String markdown(String extraProperty) {
        UUID id = UUID.fromString("2d93962f-067f-45a6-b7c4-bc4b9d899456");
        return String.join(
                "\n",
                "# Preauthorizations",
                "",
                "## Get all preauthorizations by customers",
                "",
                "### Request",
                "",
                "`[PlatformAddress]/api/connector/v1/preauthorizations/getAllByCustomers`",
                "",
                "```javascript",
                "{ \"CustomerIds\": [] }",
                "```",
                "",
                "### Response",
                "",
                "```javascript",
                "{ \"Preauthorizations\": [ { \"Id\": \"" + id + "\", \"CustomerId\": \"" + id + "\",",
                "  \"CreditCardId\": null, \"Amount\": { \"Currency\": \"EUR\", \"NetValue\": null, \"GrossValue\": 1,",
                "  \"TaxValues\": [] }, \"State\": \"Charged\", \"IsActive\": true, " + extraProperty + " } ] }",
                "```",
                "");
    }
}
