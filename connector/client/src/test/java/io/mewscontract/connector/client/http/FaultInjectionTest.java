package io.mewscontract.connector.client.http;

import static io.mewscontract.connector.client.testing.TestApi.ADD_ITEMS;
import static io.mewscontract.connector.client.testing.TestApi.GET_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.mewscontract.connector.client.Environment;
import io.mewscontract.connector.client.MewsConnectorClient;
import io.mewscontract.connector.client.error.MewsConnectionException;
import io.mewscontract.connector.client.error.MewsException;
import io.mewscontract.connector.client.error.MewsTimeoutException;
import io.mewscontract.connector.client.error.RequestTimeoutException;
import io.mewscontract.connector.client.error.ServerErrorException;
import io.mewscontract.connector.client.error.TooManyRequestsException;
import io.mewscontract.connector.client.error.UnreadableResponseException;
import io.mewscontract.connector.client.retry.RetryPolicy;
import io.mewscontract.connector.client.testing.Clients;
import io.mewscontract.connector.client.testing.FaultServer;
import io.mewscontract.connector.client.testing.FaultServer.Fault;
import io.mewscontract.connector.client.testing.TestApi.ItemsRequest;
import io.mewscontract.connector.client.testing.VirtualTime;
import io.mewscontract.runtime.OperationDescriptor;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fault kind of {@link FaultServer}, for a read and a write: the call fails within its time, with the typed
 * exception the README's failure table promises, and is retried exactly when that is safe (reads after anything
 * but a refusal to read the answer; writes only when the server provably did not process them: 429).
 */
class FaultInjectionTest {
    private static final int ATTEMPTS = 3;

    static Stream<Arguments> faults() {
        return Stream.of(
                // fault, expected type, attempts for a read, attempts for a write
                Arguments.of(Fault.TOO_MANY_SECONDS, TooManyRequestsException.class, ATTEMPTS, ATTEMPTS),
                Arguments.of(Fault.TOO_MANY_DATE, TooManyRequestsException.class, ATTEMPTS, ATTEMPTS),
                Arguments.of(Fault.REQUEST_TIMEOUT, RequestTimeoutException.class, ATTEMPTS, 1),
                Arguments.of(Fault.BAD_GATEWAY_HTML, ServerErrorException.class, ATTEMPTS, 1),
                Arguments.of(Fault.GARBAGE, MewsConnectionException.class, ATTEMPTS, 1),
                Arguments.of(Fault.TRUNCATED, MewsConnectionException.class, ATTEMPTS, 1),
                Arguments.of(Fault.RESET, MewsConnectionException.class, ATTEMPTS, 1),
                Arguments.of(Fault.TRICKLE, MewsTimeoutException.class, ATTEMPTS, 1),
                Arguments.of(Fault.ENDLESS, UnreadableResponseException.class, 1, 1),
                Arguments.of(Fault.HUGE, UnreadableResponseException.class, 1, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void eachFaultFailsTypedInTimeAndIsRetriedOnlyWhenSafe(
            Fault fault, Class<? extends MewsException> expected, int readAttempts, int writeAttempts) {
        for (OperationDescriptor<ItemsRequest, ?> operation : List.of(GET_ITEMS, ADD_ITEMS)) {
            try (FaultServer server = new FaultServer(fault)) {
                // The slow faults get a short timeout; the bulky ones enough time to reach the size limit.
                Duration timeout = fault == Fault.TRICKLE ? Duration.ofSeconds(1) : Duration.ofSeconds(20);
                MewsConnectorClient client = MewsConnectorClient.builder()
                        .environment(Environment.custom(server.baseUri()))
                        .clientToken(Clients.CLIENT_TOKEN)
                        .accessToken(Clients.ACCESS_TOKEN)
                        .client("Fault test", "1.0.0")
                        .requestTimeout(timeout)
                        .retryPolicy(RetryPolicy.defaults().withMaxAttempts(ATTEMPTS))
                        .timeSource(new VirtualTime())
                        .build();
                long started = System.nanoTime();

                Throwable failure =
                        catchThrowable(() -> client.exchange(operation, ItemsRequest.of(List.of(UUID.randomUUID()))));

                Duration took = Duration.ofNanos(System.nanoTime() - started);
                assertThat(failure).as(fault + " " + operation.operationId()).isInstanceOf(expected);
                assertThat(server.requests())
                        .as(fault + " attempts of " + operation.operationId())
                        .isEqualTo(operation == GET_ITEMS ? readAttempts : writeAttempts);
                assertThat(took).as("bounded by the attempts' timeouts").isLessThan(timeout.multipliedBy(ATTEMPTS + 1));
                if (fault == Fault.BAD_GATEWAY_HTML) {
                    assertThat(((ServerErrorException) failure).rawBodyExcerpt())
                            .contains("502 Bad Gateway");
                }
                if (fault == Fault.HUGE || fault == Fault.ENDLESS) {
                    assertThat(failure).hasMessageContaining("larger than the client's limit");
                }
            }
        }
    }
}
