package io.mewscontract.conformance.suite;

import com.fasterxml.jackson.databind.JsonNode;
import io.mewscontract.conformance.checks.ExampleConformance.Direction;
import io.mewscontract.conformance.checks.Finding;
import io.mewscontract.conformance.checks.SpecTrafficValidator;
import io.mewscontract.connector.client.http.CallListener;
import io.mewscontract.connector.client.http.HttpTransport;
import io.mewscontract.connector.client.http.TransportConfiguration;
import io.mewscontract.connector.client.retry.RetryPolicy;
import io.mewscontract.connector.client.retry.TimeSource;
import io.mewscontract.connector.operation.ConnectorOperations;
import io.mewscontract.runtime.JsonMappers;
import io.mewscontract.runtime.OperationDescriptor;
import io.mewscontract.runtime.RequestEnvelope;
import io.mewscontract.runtime.ValidationMode;
import io.mewscontract.sandbox.Sandbox;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * {@link Check#SANDBOX}: a documented request, given to a fresh sandbox with the {@link SandboxFixtures} loaded,
 * gets a {@code 2xx} answer that fits the spec. It is sent twice, each time to a fresh sandbox: as the document
 * writes it (raw HTTP: the sandbox must answer the document's own bytes), and through the generated client over a
 * {@link ValidatingClientTransport} (the client's side of the traffic). Every exchange on the wire is validated by
 * a {@link TrafficRecorder}. Findings are never excused: the sandbox must behave as the spec says.
 */
final class SandboxChecks {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ConformanceContext context;
    private final SandboxFixtures fixtures;
    private final UnaryOperator<Sandbox.Builder> customize;
    private final SpecTrafficValidator traffic;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();
    private final AtomicInteger exchanges = new AtomicInteger();
    private final List<String> problems = new CopyOnWriteArrayList<>();

    /** The checks of the project's sandbox with the documents' fixtures. */
    SandboxChecks(ConformanceContext context) {
        this(context, SandboxFixtures.of(context.documents()), UnaryOperator.identity());
    }

    /** The checks of a sandbox with other fixtures or a customized builder (negative controls). */
    SandboxChecks(ConformanceContext context, SandboxFixtures fixtures, UnaryOperator<Sandbox.Builder> customize) {
        this.context = context;
        this.fixtures = fixtures;
        this.customize = customize;
        this.traffic = SpecTrafficValidator.forSpec(context.specFile());
    }

    /** Every exchange validated so far, and every problem. */
    TrafficSummary traffic() {
        return new TrafficSummary(exchanges.get(), problems);
    }

    Outcome answers(ExampleSubject subject) {
        if (subject.direction() != Direction.REQUEST) {
            throw new IllegalArgumentException("Only request examples are sent to the sandbox: " + subject);
        }
        List<Finding> findings = new ArrayList<>();
        try {
            sendAsWritten(subject, findings);
            sendThroughTheClient(subject, findings);
        } catch (IOException e) {
            findings.add(subject.finding(subject.path(), "the sandbox could not be reached: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            findings.add(subject.finding(subject.path(), "interrupted"));
        }
        return subject.outcome(Check.SANDBOX, findings);
    }

    private void sendAsWritten(ExampleSubject subject, List<Finding> findings)
            throws IOException, InterruptedException {
        TrafficRecorder recorder = new TrafficRecorder(traffic);
        try (Sandbox sandbox = fixtures.start(recorder, customize)) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUri() + subject.path()))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(subject.example().text()))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                findings.add(subject.finding(
                        subject.path(),
                        "sent as written, the sandbox answers " + response.statusCode() + ": "
                                + message(response.body())));
            }
            collect(subject, recorder, 1, findings);
        }
    }

    private <Q> void sendThroughTheClient(ExampleSubject subject, List<Finding> findings)
            throws IOException, InterruptedException {
        Optional<OperationDescriptor<?, ?>> found = ConnectorOperations.byPath(subject.path());
        JsonNode json = subject.example().json().orElse(null);
        if (found.isEmpty() || json == null) {
            findings.add(subject.finding(
                    subject.path(),
                    "not sent through the generated client: "
                            + (json == null ? "the example is not JSON" : "the client has no such operation")));
            return;
        }
        @SuppressWarnings("unchecked") // the descriptor's own request type
        OperationDescriptor<Q, ?> operation = (OperationDescriptor<Q, ?>) found.get();
        RequestEnvelope.Split<Q> split = RequestEnvelope.split(JsonMappers.client(), json, operation.requestType());
        TrafficRecorder recorder = new TrafficRecorder(traffic);
        try (Sandbox sandbox = fixtures.start(recorder, customize)) {
            HttpTransport http = new HttpTransport(new TransportConfiguration(
                    sandbox.baseUri(),
                    split.commonFields(),
                    TIMEOUT,
                    TIMEOUT,
                    RetryPolicy.none(),
                    false,
                    null,
                    CallListener.none(),
                    TimeSource.system(),
                    null));
            ValidatingClientTransport transport =
                    new ValidatingClientTransport(http, split.commonFields(), context.validator());
            try {
                transport.send(operation, operation.requireValid(split.request(), ValidationMode.CLIENT));
            } catch (RuntimeException e) {
                findings.add(subject.finding(
                        subject.path(),
                        "through the generated client: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
            transport.problems().forEach(p -> findings.add(subject.finding(subject.path(), p)));
            collect(subject, recorder, 1, findings);
        }
    }

    private void collect(ExampleSubject subject, TrafficRecorder recorder, int expected, List<Finding> findings)
            throws InterruptedException {
        if (!recorder.await(expected)) {
            findings.add(subject.finding(
                    subject.path(),
                    "the sandbox showed " + recorder.exchanges() + " exchanges to its observer, expected " + expected));
        }
        exchanges.addAndGet(recorder.exchanges());
        problems.addAll(recorder.problems());
        recorder.problems().forEach(p -> findings.add(subject.finding(subject.path(), "on the wire: " + p)));
    }

    /** The error's {@code Message}, or the start of a body that has none. */
    private static String message(String body) {
        try {
            JsonNode error = JsonMappers.client().readTree(body);
            if (error != null && error.hasNonNull("Message")) {
                return error.get("Message").asText();
            }
        } catch (IOException notJson) {
            // fall through: show the body as text
        }
        return body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }
}
