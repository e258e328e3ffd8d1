package io.mewscontract.conformance.suite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mewscontract.conformance.checks.ContractValidator;
import io.mewscontract.conformance.checks.ExampleConformance.Direction;
import io.mewscontract.conformance.checks.Finding;
import io.mewscontract.conformance.checks.SemanticJson;
import io.mewscontract.connector.operation.ConnectorOperations;
import io.mewscontract.docstospec.facts.SpecReading;
import io.mewscontract.runtime.JsonMappers;
import io.mewscontract.runtime.OperationDescriptor;
import io.mewscontract.runtime.RequestEnvelope;
import io.mewscontract.runtime.ValidationMode;
import io.mewscontract.runtime.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Holds the generated client and server to the documents' examples: every example reads into the generated types
 * ({@link Check#DESERIALIZES}) and is written back equal ({@link Check#ROUND_TRIP}). The generated code is the one
 * compiled from the project's spec; these checks are never excused by RECONCILIATION.md, because an example the
 * spec accepts must survive the code generated from it.
 */
final class GeneratedCodeChecks {

    private final SpecReading spec;
    private final ContractValidator validator;
    private final Function<String, Optional<OperationDescriptor<?, ?>>> clientOperations;
    private final Function<String, Optional<OperationDescriptor<?, ?>>> serverOperations;
    private final ObjectMapper client = JsonMappers.client();
    private final ObjectMapper server = JsonMappers.server();

    /** Checks the generated client and server. */
    GeneratedCodeChecks(ConformanceContext context) {
        this(context, ConnectorOperations::byPath, ConnectorOperations::byPath);
    }

    /** Checks the operations the two functions find by path (negative controls pass lossy stand-ins). */
    GeneratedCodeChecks(
            ConformanceContext context,
            Function<String, Optional<OperationDescriptor<?, ?>>> clientOperations,
            Function<String, Optional<OperationDescriptor<?, ?>>> serverOperations) {
        this.spec = context.spec();
        this.validator = context.validator();
        this.clientOperations = clientOperations;
        this.serverOperations = serverOperations;
    }

    /** The outcomes of {@link Check#DESERIALIZES} and {@link Check#ROUND_TRIP} for one example. */
    List<Outcome> check(ExampleSubject subject) {
        List<Finding> reads = new ArrayList<>();
        List<Finding> roundTrip = new ArrayList<>();
        Optional<JsonNode> json = subject.example().json();
        Optional<OperationDescriptor<?, ?>> clientSide = clientOperations.apply(subject.path());
        Optional<OperationDescriptor<?, ?>> serverSide = serverOperations.apply(subject.path());
        if (json.isEmpty()) {
            Finding notJson = subject.finding(subject.path(), "the example is not valid JSON (see 'spec validates')");
            reads.add(notJson);
            roundTrip.add(notJson);
        } else if (clientSide.isEmpty() || serverSide.isEmpty()) {
            Finding missing = subject.finding(subject.path(), "the generated code has no operation at this path");
            reads.add(missing);
            roundTrip.add(missing);
        } else if (subject.direction() == Direction.REQUEST) {
            request(subject, json.get(), clientSide.get(), serverSide.get(), reads, roundTrip);
        } else {
            response(subject, json.get(), "the generated client", client, clientSide.get(), reads, roundTrip);
            response(subject, json.get(), "the generated server", server, serverSide.get(), reads, roundTrip);
        }
        return List.of(subject.outcome(Check.DESERIALIZES, reads), subject.outcome(Check.ROUND_TRIP, roundTrip));
    }

    /**
     * The server reads the request exactly as the document writes it (strict JSON, then its server-mode
     * validators); the client reads it into its request record (what a caller would build) and writes it back
     * through the envelope, as it would send it.
     */
    private <Q> void request(
            ExampleSubject subject,
            JsonNode json,
            OperationDescriptor<Q, ?> clientSide,
            OperationDescriptor<?, ?> serverSide,
            List<Finding> reads,
            List<Finding> roundTrip) {
        serverReads(subject, serverSide, reads);
        RequestEnvelope.Split<Q> split;
        try {
            split = RequestEnvelope.split(client, json, clientSide.requestType());
        } catch (IOException | RuntimeException e) {
            reads.add(subject.finding(
                    subject.path(),
                    "the generated client cannot read it into "
                            + clientSide.requestType().getSimpleName() + ": " + firstLine(e)));
            roundTrip.add(subject.finding(subject.path(), "not read, so not written back"));
            return;
        }
        violations(
                subject,
                "the generated client would refuse to send it",
                clientSide.validator().validate(split.request(), ValidationMode.CLIENT),
                reads);
        violations(
                subject,
                "the generated client would refuse to send it",
                clientSide.commonFieldsValidator().validate(split.commonFields(), ValidationMode.CLIENT),
                reads);
        JsonNode written = RequestEnvelope.merge(client, split.commonFields(), split.request());
        compare(subject, "the generated client", json, written, roundTrip);
    }

    private <Q> void serverReads(ExampleSubject subject, OperationDescriptor<Q, ?> serverSide, List<Finding> reads) {
        RequestEnvelope.Split<Q> split;
        try {
            split = RequestEnvelope.split(
                    server, subject.example().text().getBytes(StandardCharsets.UTF_8), serverSide.requestType());
        } catch (IOException | RuntimeException e) {
            reads.add(subject.finding(
                    subject.path(),
                    "the generated server rejects it while reading "
                            + serverSide.requestType().getSimpleName() + ": " + firstLine(e)));
            return;
        }
        violations(
                subject,
                "the generated server rejects it",
                serverSide.validator().validate(split.request(), ValidationMode.SERVER),
                reads);
        violations(
                subject,
                "the generated server rejects it",
                serverSide.commonFieldsValidator().validate(split.commonFields(), ValidationMode.SERVER),
                reads);
    }

    /**
     * A response reads into the side's response record (with the liberal mapper: reading is the client's job; the
     * server's records must merely hold every documented response), keeps every property the spec does not
     * declare (written back exactly), and is written back equal by the side's own mapper.
     */
    private void response(
            ExampleSubject subject,
            JsonNode json,
            String who,
            ObjectMapper writer,
            OperationDescriptor<?, ?> side,
            List<Finding> reads,
            List<Finding> roundTrip) {
        Object value;
        try {
            value = client.treeToValue(json, side.responseType());
        } catch (JsonProcessingException | RuntimeException e) {
            reads.add(subject.finding(
                    subject.path(),
                    who + " cannot read it into " + side.responseType().getSimpleName() + ": " + firstLine(e)));
            roundTrip.add(subject.finding(subject.path(), who + ": not read, so not written back"));
            return;
        }
        JsonNode written = writer.valueToTree(value);
        spec.responseComponent(subject.path(), "200").ifPresent(component -> {
            for (SpecReading.Undeclared undeclared : spec.undeclaredProperties(component, json)) {
                JsonNode kept = written.at(undeclared.pointer());
                if (!kept.equals(json.at(undeclared.pointer()))) {
                    reads.add(subject.finding(
                            undeclared.element(),
                            who + " does not keep the property the spec"
                                    + " does not declare at " + undeclared.pointer() + ": wrote "
                                    + (kept.isMissingNode() ? "nothing" : kept.toString())));
                }
            }
        });
        compare(subject, who, json, written, roundTrip);
    }

    private void compare(ExampleSubject subject, String who, JsonNode example, JsonNode written, List<Finding> out) {
        for (String difference : SemanticJson.differences(example, written)) {
            out.add(subject.finding(subject.path(), who + " writes it back differently: " + difference));
        }
        String json = written.toString();
        List<String> problems = subject.direction() == Direction.REQUEST
                ? validator.validateRequest(subject.path(), json)
                : validator.validateResponse(subject.path(), 200, json);
        for (String problem : problems) {
            out.add(subject.finding(subject.path(), "what " + who + " writes breaks the spec: " + problem));
        }
    }

    private static void violations(ExampleSubject subject, String what, List<Violation> violations, List<Finding> out) {
        for (Violation violation : violations) {
            out.add(subject.finding(subject.path(), what + ": " + violation.path() + ": " + violation.message()));
        }
    }

    private static String firstLine(Exception e) {
        String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
