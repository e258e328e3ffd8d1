package io.mewscontract.conformance.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.constructs.model.Attachment;
import com.example.constructs.model.Content;
import com.example.constructs.model.Owner;
import com.example.constructs.model.WidgetUpdateParameters;
import io.mewscontract.connector.model.PaymentRequestPage;
import io.mewscontract.connector.model.PaymentRequestState;
import io.mewscontract.runtime.HybridId;
import io.mewscontract.runtime.Update;
import io.mewscontract.runtime.jackson3.JsonMappers;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/**
 * What a newer API sends, through the code generated with {@code jackson=3}: unknown properties (at the top and
 * nested), unknown enum values and unknown union kinds are kept and written back byte for byte by the client; the
 * strict server refuses unknown properties in a request. Updates keep unchanged, set and clear apart.
 */
class UnknownValuesTest {

    private static final ObjectMapper CLIENT = JsonMappers.client();
    private static final ObjectMapper SERVER = JsonMappers.server();

    // Optional properties that are null are left out when written, so this body has none.
    private static final String PAGE = """
            {"PaymentRequests":[{"Id":"a1e3d8c5-8a2b-4f6e-9d3c-1b2a3c4d5e6f",\
            "AccountId":"b2e3d8c5-8a2b-4f6e-9d3c-1b2a3c4d5e6f",\
            "CreatedUtc":"2023-10-01T11:48:57Z","UpdatedUtc":"2023-10-01T11:48:57Z","State":"Refunded",\
            "Amount":{"Currency":"EUR","NetValue":null,"GrossValue":18.490,"TaxValues":[],\
            "Gadget":{"Nested":[1,2.50]}},"Type":"Payment","Reason":"PaymentCardMissing",\
            "ExpirationUtc":"2023-10-08T11:48:57Z","Description":"Widget deposit","Fee":{"Gross":1.10}}],\
            "Cursor":null,"NextThing":"later"}""";

    @Test
    void unknownPropertiesAndEnumValuesRoundTripExactly() {
        PaymentRequestPage page = CLIENT.readValue(PAGE, PaymentRequestPage.class);

        PaymentRequestState state = page.paymentRequests().get(0).state();
        assertThat(state.isKnown()).isFalse();
        assertThat(state.value()).isEqualTo("Refunded");
        assertThat(state.known()).isEqualTo(PaymentRequestState.Known.UNKNOWN);
        assertThat(CLIENT.writeValueAsString(page)).isEqualTo(PAGE);
    }

    @Test
    void theServerRefusesUnknownPropertiesInARequest() {
        assertThatThrownBy(
                        () -> SERVER.readValue("{\"WidgetId\":\"eid:7\",\"Gadget\":1}", WidgetUpdateParameters.class))
                .hasMessageContaining("Gadget");
        assertThat(CLIENT.readValue("{\"WidgetId\":\"eid:7\",\"Gadget\":1}", WidgetUpdateParameters.class)
                        .widgetId())
                .as("the client stays liberal")
                .isEqualTo(HybridId.of("eid:7"));
    }

    @Test
    void unknownUnionKindsOfEitherFormRoundTripExactly() {
        String pdf = "{\"Kind\":\"Pdf\",\"Pages\":3}";
        String video = "{\"Kind\":\"Video\",\"Seconds\":12,\"Codec\":{\"Name\":\"av1\"}}";
        assertThat(CLIENT.readValue(pdf, Attachment.class)).isNotInstanceOf(Attachment.Unknown.class);
        Attachment later = CLIENT.readValue(video, Attachment.class);
        assertThat(later)
                .isInstanceOfSatisfying(
                        Attachment.Unknown.class,
                        unknown -> assertThat(unknown.kind()).isEqualTo("Video"));
        assertThat(CLIENT.writeValueAsString(later)).isEqualTo(video);
        assertThat(CLIENT.writeValueAsString(CLIENT.readValue(pdf, Attachment.class)))
                .isEqualTo(pdf);

        String text = "{\"Discriminator\":\"Text\",\"Value\":{\"Text\":\"hi\"}}";
        String envelope = "{\"Discriminator\":\"Video\",\"Value\":{\"Url\":\"u\",\"Seconds\":3}}";
        assertThat(CLIENT.readValue(text, Content.class)).isInstanceOf(Content.TextContentKind.class);
        assertThat(CLIENT.writeValueAsString(CLIENT.readValue(text, Content.class)))
                .isEqualTo(text);
        assertThat(CLIENT.readValue(envelope, Content.class)).isInstanceOf(Content.Unknown.class);
        assertThat(CLIENT.writeValueAsString(CLIENT.readValue(envelope, Content.class)))
                .isEqualTo(envelope);

        String enterprise = "{\"Discriminator\":\"Enterprise\",\"EnterpriseProfile\":{\"Name\":\"Hotel\"}}";
        assertThat(CLIENT.writeValueAsString(CLIENT.readValue(enterprise, Owner.class)))
                .isEqualTo(enterprise);
        assertThatThrownBy(() -> CLIENT.readValue("{\"Discriminator\":\"Person\"}", Owner.class))
                .hasMessageContaining("the property PersonProfile is missing");
    }

    @Test
    void updatesKeepUnchangedSetAndClearApart() {
        WidgetUpdateParameters read = SERVER.readValue(
                "{\"WidgetId\":\"eid:7\",\"Name\":{\"Value\":null}," + "\"DeliveredOn\":{\"Value\":\"2024-05-01\"}}",
                WidgetUpdateParameters.class);
        assertThat(read.widgetId()).isEqualTo(HybridId.of("eid:7"));
        assertThat(read.name()).isEqualTo(Update.clear());
        assertThat(read.deliveredOn()).isEqualTo(Update.set(LocalDate.of(2024, 5, 1)));
        assertThat(SERVER.writeValueAsString(read))
                .isEqualTo(
                        "{\"WidgetId\":\"eid:7\",\"Name\":{\"Value\":null},\"DeliveredOn\":{\"Value\":\"2024-05-01\"}}");
        WidgetUpdateParameters untouched = SERVER.readValue("{\"WidgetId\":\"eid:7\"}", WidgetUpdateParameters.class);
        assertThat(untouched.name()).isEqualTo(Update.unchanged());
        assertThat(SERVER.writeValueAsString(untouched)).isEqualTo("{\"WidgetId\":\"eid:7\"}");
    }
}
