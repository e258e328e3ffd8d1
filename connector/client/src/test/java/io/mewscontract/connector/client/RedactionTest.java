package io.mewscontract.connector.client;

import static io.mewscontract.connector.client.testing.Clients.ACCESS_TOKEN;
import static io.mewscontract.connector.client.testing.Clients.CLIENT_TOKEN;
import static io.mewscontract.connector.client.testing.TestApi.ADD_ITEMS;
import static io.mewscontract.connector.client.testing.TestApi.GET_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.mewscontract.connector.client.error.MewsApiException;
import io.mewscontract.connector.client.error.UnreadableResponseException;
import io.mewscontract.connector.client.http.ApiResponse;
import io.mewscontract.connector.client.http.CallListener;
import io.mewscontract.connector.client.http.ResponseMetadata;
import io.mewscontract.connector.client.retry.RetryEvent;
import io.mewscontract.connector.client.retry.RetryPolicy;
import io.mewscontract.connector.client.testing.Clients;
import io.mewscontract.connector.client.testing.LocalServer;
import io.mewscontract.connector.client.testing.LocalServer.Reply;
import io.mewscontract.connector.client.testing.TestApi.ItemsRequest;
import io.mewscontract.connector.client.testing.VirtualTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tokens never show: not in any {@code toString()}, exception message or accessor, retry event or log line, even
 * when a server echoes them back in every place it can.
 */
class RedactionTest {

    private static final String ECHO = CLIENT_TOKEN + " / " + ACCESS_TOKEN;

    private final LocalServer server = LocalServer.start();
    private final List<String> texts = new ArrayList<>();
    private final List<RetryEvent> retries = new CopyOnWriteArrayList<>();
    private final List<ResponseMetadata> responses = new CopyOnWriteArrayList<>();
    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private final Logger julLogger = Logger.getLogger("io.mewscontract.connector.client");
    private final Handler capture = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            logLines.add(formatter.format(record));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private Level previousLevel;

    @BeforeEach
    void captureLogs() {
        previousLevel = julLogger.getLevel();
        julLogger.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        julLogger.addHandler(capture);
    }

    @AfterEach
    void stop() {
        julLogger.removeHandler(capture);
        julLogger.setLevel(previousLevel);
        server.close();
    }

    @Test
    void noTokenInAnyTextTheClientProduces() {
        MewsConnectorClient.Builder builder = Clients.builder(server, new VirtualTime())
                .retryPolicy(RetryPolicy.defaults().withMaxAttempts(2))
                .listener(new CallListener() {
                    @Override
                    public void onResponse(ResponseMetadata response) {
                        responses.add(response);
                    }

                    @Override
                    public void onRetry(RetryEvent retry) {
                        retries.add(retry);
                    }
                });
        MewsConnectorClient client = builder.build();
        ItemsRequest request = ItemsRequest.of(List.of(UUID.randomUUID()));
        texts.add(builder.toString());
        texts.add(client.toString());
        texts.add(client.configuration().toString());
        texts.add(client.configuration().commonFields().toString());
        texts.add(client.transport().toString());

        // The server echoes the tokens in Message, Details, RequestId and the Request-Id header...
        server.enqueue(
                Reply.json(
                                500,
                                "{\"Message\":\"Bad token " + ECHO + "\",\"RequestId\":\"" + ACCESS_TOKEN
                                        + "\",\"Details\":\"" + ECHO + "\"}")
                        .withHeader("Request-Id", CLIENT_TOKEN),
                Reply.json(403, "{\"Message\":\"Token " + ECHO + " may not\",\"Details\":\"" + ECHO + "\"}")
                        .withHeader("Request-Id", ACCESS_TOKEN));
        collect(catchThrowable(() -> client.exchange(GET_ITEMS, request)));
        // ... in a body that is not the error shape ...
        server.enqueue(Reply.raw(401, Map.of("Content-Type", "text/plain"), "no access for " + ECHO));
        collect(catchThrowable(() -> client.exchange(ADD_ITEMS, request)));
        // ... in an unreadable success body ...
        server.enqueue(Reply.json(200, "[\"" + CLIENT_TOKEN + "\",\"" + ECHO + "\"]"));
        Throwable unreadable = catchThrowable(() -> client.exchange(GET_ITEMS, request));
        assertThat(unreadable).isInstanceOf(UnreadableResponseException.class);
        collect(unreadable);
        // ... in a success that breaks the spec, read leniently (violations, log line) ...
        server.enqueue(Reply.json(200, "{\"Items\":[{\"Id\":\"" + CLIENT_TOKEN + "\",\"Name\":\"" + ECHO + "\"}]}"));
        ApiResponse<?> lenient = client.exchange(GET_ITEMS, request);
        assertThat(lenient.metadata().violations()).as("the test is meaningful").isNotEmpty();
        texts.add(lenient.metadata().toString());
        // ... and in the Request-Id of a success.
        server.enqueue(Reply.json(200, "{\"Items\":[]}").withHeader("Request-Id", ACCESS_TOKEN));
        ApiResponse<?> response = client.exchange(GET_ITEMS, request);
        texts.add(response.toString());

        retries.forEach(retry -> texts.add(retry.toString()));
        responses.forEach(metadata -> texts.add(metadata.toString()));
        texts.addAll(logLines);

        assertThat(server.requests())
                .as("the tokens did travel to the server (the test is meaningful)")
                .allSatisfy(sent -> assertThat(sent.body()).contains(CLIENT_TOKEN, ACCESS_TOKEN));
        assertThat(retries).as("the 500 of the read was retried and logged").hasSize(1);
        assertThat(logLines).anySatisfy(line -> assertThat(line).contains("Retrying getAllItems"));
        assertThat(texts)
                .hasSizeGreaterThan(15)
                .allSatisfy(
                        text -> assertThat(text).doesNotContain(CLIENT_TOKEN).doesNotContain(ACCESS_TOKEN));
        assertThat(texts).anySatisfy(text -> assertThat(text).contains("Bad token *** / ***"));
    }

    @Test
    void aTokenEchoedUnquotedIsHiddenWholeEvenWhereAParserCutsIt() {
        MewsConnectorClient client = Clients.builder(server, new VirtualTime()).build();
        ItemsRequest request = ItemsRequest.of(List.of(UUID.randomUUID()));
        // Unquoted: a JSON parser quotes it only up to the first '-', so the full token is not in its message.
        server.enqueue(
                Reply.json(200, "{\"Items\": " + CLIENT_TOKEN + "}"),
                Reply.json(200, "{\"Items\": [" + ACCESS_TOKEN + "]}"));
        collect(catchThrowable(() -> client.exchange(GET_ITEMS, request)));
        collect(catchThrowable(() -> client.exchange(GET_ITEMS, request)));

        List<String> fragments = new ArrayList<>();
        for (String token : List.of(CLIENT_TOKEN, ACCESS_TOKEN)) {
            for (String run : token.split("[^\\p{Alnum}]+")) {
                if (run.length() >= 16) {
                    fragments.add(run);
                }
            }
        }
        assertThat(fragments)
                .as("the tokens have fragments (the test is meaningful)")
                .isNotEmpty();
        assertThat(texts)
                .isNotEmpty()
                .allSatisfy(
                        text -> fragments.forEach(fragment -> assertThat(text).doesNotContain(fragment)));
        assertThat(texts).anySatisfy(text -> assertThat(text).contains("invalid JSON at line 1"));
    }

    @Test
    void builderErrorsDoNotRepeatTheToken() {
        Throwable failure = catchThrowable(() -> MewsConnectorClient.builder().accessToken(ACCESS_TOKEN + "\n"));

        assertThat(failure)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accessToken has leading or trailing whitespace");
    }

    private void collect(Throwable failure) {
        assertThat(failure).isNotNull();
        texts.add(failure.toString());
        texts.add(String.valueOf(failure.getMessage()));
        if (failure instanceof MewsApiException api) {
            texts.add(api.error().toString());
            texts.add(api.errorMessage());
            texts.add(String.valueOf(api.requestId()));
            texts.add(String.valueOf(api.details()));
            texts.add(String.valueOf(api.rawBodyExcerpt()));
        }
        if (failure instanceof UnreadableResponseException unreadable) {
            texts.add(unreadable.rawBodyExcerpt());
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            collect(suppressed);
        }
    }
}
