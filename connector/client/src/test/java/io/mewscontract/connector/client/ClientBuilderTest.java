package io.mewscontract.connector.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mewscontract.connector.client.retry.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientBuilderTest {

    private static MewsConnectorClient.Builder complete() {
        return MewsConnectorClient.builder()
                .environment(Environment.DEMO)
                .clientToken("client-token-value")
                .accessToken("access-token-value")
                .client("Sample Client", "1.0.0");
    }

    @Test
    void theBuiltConfigurationHoldsWhatWasSet() {
        MewsConnectorClient client = complete()
                .language("en-US", "en-US")
                .connectTimeout(Duration.ofSeconds(3))
                .requestTimeout(Duration.ofSeconds(7))
                .retryPolicy(RetryPolicy.none())
                .preferMinimal(true)
                .build();

        assertThat(client.environment()).isEqualTo(Environment.DEMO);
        assertThat(client.configuration().baseUri()).isEqualTo(URI.create("https://api.mews-demo.com"));
        assertThat(client.configuration().commonFields().client()).isEqualTo("Sample Client 1.0.0");
        assertThat(client.configuration().commonFields().languageCode()).isEqualTo("en-US");
        assertThat(client.configuration().connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(client.configuration().requestTimeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(client.configuration().retryPolicy().maxAttempts()).isEqualTo(1);
        assertThat(client.configuration().preferMinimal()).isTrue();
    }

    @Test
    void changingTheBuilderAfterwardsDoesNotChangeTheClient() {
        MewsConnectorClient.Builder builder = complete();
        MewsConnectorClient client = builder.build();

        builder.environment(Environment.PRODUCTION).accessToken("another").preferMinimal(true);

        assertThat(client.environment()).isEqualTo(Environment.DEMO);
        assertThat(client.configuration().commonFields().accessToken()).isEqualTo("access-token-value");
        assertThat(client.configuration().preferMinimal()).isFalse();
    }

    @Test
    void missingSettingsAreNamed() {
        assertThatThrownBy(() -> MewsConnectorClient.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("environment");
        assertThatCode(() -> complete().environment(Environment.PRODUCTION).build())
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> MewsConnectorClient.builder()
                        .environment(Environment.DEMO)
                        .clientToken("c")
                        .client("n", "1")
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("accessToken");
        assertThatThrownBy(() -> MewsConnectorClient.builder()
                        .environment(Environment.DEMO)
                        .clientToken("c")
                        .accessToken("a")
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("client(name, version)");
    }

    @Test
    void invalidValuesAreRejected() {
        assertThatThrownBy(() -> complete().clientToken(" ")).hasMessage("clientToken must not be blank");
        assertThatThrownBy(() -> complete().requestTimeout(Duration.ZERO).build())
                .hasMessageContaining("requestTimeout must be positive");
        assertThatThrownBy(() -> Environment.custom("ftp://example.com"))
                .hasMessageContaining("absolute http or https");
        assertThatThrownBy(() -> Environment.custom("localhost:8080")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Environment.custom("https://user:secret@example.com"))
                .hasMessageContaining("credentials")
                .hasMessageNotContaining("secret");
    }

    @Test
    void productionAndDemoAddresses() {
        assertThat(Environment.PRODUCTION.baseUri()).isEqualTo(URI.create("https://api.mews.com"));
        assertThat(Environment.DEMO.baseUri()).isEqualTo(URI.create("https://api.mews-demo.com"));
    }
}
