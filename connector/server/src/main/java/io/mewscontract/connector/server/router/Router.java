package io.mewscontract.connector.server.router;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.mewscontract.connector.server.errors.BusinessRuleException;
import io.mewscontract.connector.server.errors.InvalidParameterException;
import io.mewscontract.runtime.CommonRequestFields;
import io.mewscontract.runtime.ErrorBody;
import io.mewscontract.runtime.JsonMappers;
import io.mewscontract.runtime.OperationDescriptor;
import io.mewscontract.runtime.RequestContext;
import io.mewscontract.runtime.RequestEnvelope;
import io.mewscontract.runtime.ServerOperation;
import io.mewscontract.runtime.ValidationContext;
import io.mewscontract.runtime.ValidationMode;
import io.mewscontract.runtime.ValueOutOfRangeException;
import io.mewscontract.runtime.Violation;
import io.mewscontract.runtime.WireHeaders;
import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Serves the Connector API from a generated operation table, independent of any HTTP server: it takes a
 * {@link RouterRequest} and returns a {@link RouterResponse}. Adapters connect it to the JDK's HTTP server or to a
 * servlet container; it never references generated classes, so code generated into any package reuses it.
 *
 * <p>Each request goes through these steps; the first that fails answers:
 * <ol>
 *   <li>the path must match an operation exactly (case-sensitive, no trailing slash, no query), else {@code 404};
 *   <li>the method must be {@code POST}, else {@code 405} with {@code Allow: POST};
 *   <li>a service must implement the operation, else {@code 501} (the address belongs to the contract, but the
 *       table was built without its service: {@link ServerOperation#notImplemented}), before the body is read;
 *   <li>a {@code Content-Type}, when sent, must be {@code application/json} (a {@code charset}, if any, UTF-8),
 *       else {@code 415}; a request without one is read as JSON;
 *   <li>the body must fit the size limit, else {@code 413} (checked against {@code Content-Length} before reading,
 *       and by counting while reading; never more than the limit is held in memory);
 *   <li>the body must be one strict JSON object in well-formed UTF-8 (no comments, trailing commas, duplicate keys,
 *       trailing data or overlong encodings), else {@code 400 Invalid JSON}; a number no decimal can carry
 *       ({@code 1e10000}) is {@code 400} naming the field;
 *   <li>it must bind to the common fields and the operation's request record, else {@code 400} naming the field
 *       ({@code Missing required property 'Limitation'}, {@code Invalid value for 'Limitation.Count': expected an
 *       integer}, {@code Unknown properties 'Extra', 'Items[0].Other'}); such a body still passes the
 *       authenticator and the interceptors when its tokens can be read, so it counts toward a request limit (and
 *       answers the interceptor's {@code 429} when over it);
 *   <li>the {@link Authenticator}, if any, must accept the tokens, else {@code 401};
 *   <li>every {@link RequestInterceptor} must let it through, else the interceptor's status (e.g. {@code 429});
 *   <li>the common fields and the request must pass the descriptor's validators in
 *       {@link ValidationMode#SERVER} mode, else {@code 400} listing every violation in one message;
 *   <li>the operation's handler runs: a {@link BusinessRuleException} answers {@code 403} with its message, an
 *       {@link InvalidParameterException} {@code 400 Invalid {Parameter}}, anything else {@code 500} with a generic
 *       message (the exception is logged with the request id, never sent);
 *   <li>the result is written as {@code 200} JSON, or, when the request says {@code Prefer: return=minimal} and the
 *       result equals the descriptor's {@link OperationDescriptor#noContentResult() noContentResult} (an empty
 *       page), as {@code 204} with no body and no {@code Content-Type}.
 * </ol>
 *
 * <p>Every response carries a {@code Request-Id} header (a random version 4 UUID), which is also the operation's
 * {@link RequestContext#requestId()} and every error body's {@code RequestId}. Error bodies are
 * {@link ErrorBody}. Dispatch is a map lookup and a call through the table's handler; nothing is reflected per
 * request. A router is immutable and thread-safe; build one and share it.
 */
public final class Router {

    /** The default request body limit: 1 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    static final String JSON = "application/json; charset=utf-8";
    /** The {@code Message} of every {@code 401}. */
    static final String UNAUTHORIZED_MESSAGE = "The ClientToken or AccessToken is invalid or expired, or the"
            + " integration may not call this operation.";

    private static final System.Logger LOG = System.getLogger(Router.class.getName());

    private final Map<String, ServerOperation<?, ?>> operations;
    /**
     * Each operation's request reader and result writer by path, made once: no request resolves a type again. (By
     * path, not by descriptor: a record's hash would visit every component on every request.)
     */
    private final Map<String, Codec> codecs;

    private final @Nullable Authenticator authenticator;
    private final List<RequestInterceptor> interceptors;
    private final int maxBodyBytes;
    private final ObjectMapper mapper;

    private Router(Builder builder) {
        this.operations = Map.copyOf(builder.operations);
        this.authenticator = builder.authenticator;
        this.interceptors = List.copyOf(builder.interceptors);
        this.maxBodyBytes = builder.maxBodyBytes;
        this.mapper = JsonMappers.server();
        Map<String, Codec> codecs = new HashMap<>();
        operations.forEach((path, operation) -> codecs.put(
                path,
                new Codec(
                        mapper.readerFor(operation.descriptor().requestType()),
                        mapper.writerFor(operation.descriptor().responseType()))));
        this.codecs = Map.copyOf(codecs);
    }

    private record Codec(ObjectReader requestReader, ObjectWriter resultWriter) {}

    /** The codec of an operation of this router's table (every one has one); {@code dispatch} looks it up once. */
    private Codec codec(OperationDescriptor<?, ?> descriptor) {
        return Objects.requireNonNull(codecs.get(descriptor.path()), descriptor::operationId);
    }

    /**
     * Starts a router over an operation table, e.g. the generated {@code OperationTable.builder()...build()} or
     * one built with {@link ServerOperation#tableOf}. Rows made with {@link ServerOperation#notImplemented} answer
     * {@code 501}.
     *
     * @throws IllegalArgumentException if a key is not its operation's path
     */
    public static Builder builder(Map<String, ? extends ServerOperation<?, ?>> operations) {
        return new Builder(operations);
    }

    /** A router over {@code operations} with no authenticator, no interceptor and the default body limit. */
    public static Router of(Map<String, ? extends ServerOperation<?, ?>> operations) {
        return builder(operations).build();
    }

    /** The operations this router serves, keyed by exact path. */
    public Map<String, ServerOperation<?, ?>> operations() {
        return operations;
    }

    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    /** Answers one request. Never throws: every failure is an error response. */
    public RouterResponse handle(RouterRequest request) {
        String requestId = newRequestId();
        @Nullable ServerOperation<?, ?> operation = operations.get(request.path());
        try {
            if (operation == null) {
                throw new Refusal(
                        404,
                        "Not found: no operation has this address. Addresses are case-sensitive and"
                                + " have no trailing slash.");
            }
            if (!"POST".equals(request.method())) {
                throw new Refusal(405, "Method not allowed: operations are called with POST.", Map.of("Allow", "POST"));
            }
            if (!operation.implemented()) {
                OperationDescriptor<?, ?> descriptor = operation.descriptor();
                throw new Refusal(
                        501,
                        "Not implemented: this server does not serve " + descriptor.resourceGroup() + "/"
                                + descriptor.name() + ".");
            }
            if (!MediaType.isJson(request.header("Content-Type"))) {
                throw new Refusal(415, "Unsupported media type: send the body as application/json in UTF-8.");
            }
            byte[] body = BodyReader.read(request, maxBodyBytes);
            return dispatch(operation, parse(body), request, requestId);
        } catch (Refusal refusal) {
            return error(refusal.status(), refusal.reason(), requestId, refusal.headers());
        } catch (Throwable unexpected) {
            // Anything else is a fault of the server, not the caller: answer generically, log it in full. Catching
            // Errors too keeps one broken implementation (a StackOverflowError, a missing class) from tearing
            // down the connection without the Request-Id the caller needs to report it.
            LOG.log(
                    System.Logger.Level.ERROR,
                    () -> "Request " + requestId + " to "
                            + (operation == null
                                    ? request.path()
                                    : operation.descriptor().operationId()) + " failed",
                    unexpected);
            return error(
                    500,
                    "An unexpected error occurred on the server. Report the RequestId if it persists.",
                    requestId,
                    Map.of());
        }
    }

    /**
     * A random version 4 UUID from {@link ThreadLocalRandom}. A request id must be unique (122 random bits), not
     * unpredictable: it only ties a response to the server's log. {@link UUID#randomUUID()} draws from one shared
     * {@code SecureRandom}, a lock every request thread queues on under load.
     */
    static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long least = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L; // IETF variant
        return new UUID(most, least).toString();
    }

    /** Parses strictly: the server mapper rejects duplicate keys and trailing tokens while reading. */
    private JsonNode parse(byte[] body) throws Refusal {
        if (!Utf8.isWellFormed(body)) {
            throw new Refusal(400, "Invalid JSON: the body is not well-formed UTF-8");
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (ValueOutOfRangeException outOfRange) {
            // Well-formed JSON, but a number no decimal can hold (1e2147483648): name the property.
            throw new Refusal(400, BindingErrors.outOfRange(outOfRange));
        } catch (IOException invalid) {
            throw new Refusal(400, "Invalid JSON");
        }
        if (tree == null || !tree.isObject()) {
            throw new Refusal(400, "Invalid JSON");
        }
        return tree;
    }

    private <Q, R> RouterResponse dispatch(
            ServerOperation<Q, R> operation, JsonNode body, RouterRequest request, String requestId)
            throws Refusal, IOException {
        OperationDescriptor<Q, R> descriptor = operation.descriptor();
        Codec codec = codec(descriptor); // looked up once: it reads the request and writes the result
        RequestEnvelope.Split<Q> split;
        try {
            split = bind(body, descriptor, codec.requestReader());
        } catch (Refusal malformed) {
            countMalformed(descriptor, body, requestId);
            throw malformed;
        }
        RequestContext context =
                new RequestContext(split.commonFields(), authenticate(split.commonFields()), requestId);
        intercept(descriptor, context);
        // One context for both parts: the common fields' violations first, then the request's.
        ValidationContext validation = new ValidationContext(ValidationMode.SERVER);
        descriptor.commonFieldsValidator().validate(split.commonFields(), "$", validation);
        descriptor.validator().validate(split.request(), "$", validation);
        List<Violation> violations = validation.violations();
        if (!violations.isEmpty()) {
            throw new Refusal(400, violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        }
        R result;
        try {
            result = operation.handle(split.request(), context);
        } catch (BusinessRuleException refused) {
            // getMessage() is non-null unless a subclass overrides it; the body must have a Message regardless.
            throw new Refusal(403, Objects.requireNonNullElse(refused.getMessage(), "Forbidden"));
        } catch (InvalidParameterException invalid) {
            throw new Refusal(400, "Invalid " + invalid.parameter());
        }
        if (result == null) {
            throw new IllegalStateException("The handler of " + descriptor.operationId() + " returned null");
        }
        // The header first: comparing a whole result with the empty one costs a deep equals on every answer.
        if (WireHeaders.asksForMinimal(request.headerValues(WireHeaders.PREFER))
                && result.equals(descriptor.noContentResult())) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put(WireHeaders.REQUEST_ID, requestId);
            headers.put(WireHeaders.PREFERENCE_APPLIED, WireHeaders.RETURN_MINIMAL);
            return new RouterResponse(204, headers, new byte[0]);
        }
        // The operation's writer when the result is of the declared type (generated records are final); anything
        // else is written as what it is.
        byte[] json = result.getClass() == descriptor.responseType()
                ? codec.resultWriter().writeValueAsBytes(result)
                : mapper.writeValueAsBytes(result);
        return new RouterResponse(200, headers(requestId, Map.of()), json);
    }

    private void intercept(OperationDescriptor<?, ?> descriptor, RequestContext context) throws Refusal {
        for (RequestInterceptor interceptor : interceptors) {
            Optional<Rejection> rejection = interceptor.beforeDispatch(descriptor, context);
            if (rejection.isPresent()) {
                throw new Refusal(
                        rejection.get().status(),
                        rejection.get().message(),
                        rejection.get().headers());
            }
        }
    }

    /**
     * A body that is JSON but does not bind still counts toward its token's request limit, as every request does
     * at Mews, when its tokens can be read and are accepted: the interceptors see it (a limiter may answer
     * {@code 429} instead of the {@code 400}). A body whose tokens cannot be read belongs to no token.
     */
    private void countMalformed(OperationDescriptor<?, ?> descriptor, JsonNode body, String requestId) throws Refusal {
        if (interceptors.isEmpty()) {
            return;
        }
        JsonNode clientToken = body.path("ClientToken");
        JsonNode accessToken = body.path("AccessToken");
        if (!clientToken.isTextual() || !accessToken.isTextual()) {
            return;
        }
        JsonNode client = body.path("Client");
        CommonRequestFields common = CommonRequestFields.of(
                clientToken.textValue(), accessToken.textValue(), client.isTextual() ? client.textValue() : "");
        @Nullable Principal principal = null;
        if (authenticator != null) {
            Optional<? extends Principal> accepted =
                    authenticator.authenticate(common.clientToken(), common.accessToken(), common.client());
            if (accepted.isEmpty()) {
                return;
            }
            principal = accepted.get();
        }
        intercept(descriptor, new RequestContext(common, principal, requestId));
    }

    private <Q> RequestEnvelope.Split<Q> bind(
            JsonNode body, OperationDescriptor<Q, ?> descriptor, ObjectReader requestReader) throws Refusal {
        try {
            return RequestEnvelope.split(mapper, body, requestReader);
        } catch (JsonMappingException mismatch) {
            throw new Refusal(
                    400,
                    new BindingErrors(descriptor.requestShapes()).describe(mismatch, body, descriptor.requestType()));
        } catch (JsonProcessingException unreadable) {
            throw new Refusal(400, "Invalid JSON");
        } catch (IOException impossible) {
            // A tree in memory has no I/O to fail; treat it as the server fault it would be.
            throw new IllegalStateException(impossible);
        }
    }

    private @Nullable Principal authenticate(CommonRequestFields common) throws Refusal {
        if (authenticator == null) {
            return null;
        }
        Optional<? extends Principal> principal =
                authenticator.authenticate(common.clientToken(), common.accessToken(), common.client());
        if (principal.isEmpty()) {
            // No "Unauthorized" prefix: the status line says it, and clients print both.
            throw new Refusal(401, UNAUTHORIZED_MESSAGE);
        }
        return principal.get();
    }

    private RouterResponse error(int status, String message, String requestId, Map<String, String> extraHeaders) {
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(new ErrorBody(message, requestId, null));
        } catch (JsonProcessingException impossible) {
            // Three strings always serialize; keep a response even if they somehow did not.
            throw new IllegalStateException(impossible);
        }
        return new RouterResponse(status, headers(requestId, extraHeaders), body);
    }

    private static Map<String, String> headers(String requestId, Map<String, String> extra) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(WireHeaders.REQUEST_ID, requestId);
        headers.put("Content-Type", JSON);
        headers.putAll(extra);
        return headers;
    }

    /** Configures a {@link Router}. Not thread-safe; the router it builds is. */
    public static final class Builder {
        private final Map<String, ServerOperation<?, ?>> operations;
        private @Nullable Authenticator authenticator;
        private final List<RequestInterceptor> interceptors = new ArrayList<>();
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;

        private Builder(Map<String, ? extends ServerOperation<?, ?>> operations) {
            Objects.requireNonNull(operations, "operations");
            operations.forEach((path, operation) -> {
                if (!path.equals(operation.descriptor().path())) {
                    throw new IllegalArgumentException("The table maps " + path + " to "
                            + operation.descriptor().operationId() + ", whose path is "
                            + operation.descriptor().path());
                }
            });
            this.operations = new LinkedHashMap<>(operations);
        }

        /** Who may call: without one, every request is let through with no principal. */
        public Builder authenticator(Authenticator authenticator) {
            this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
            return this;
        }

        /** Adds a check run before each dispatch (e.g. a rate limiter), after the ones added before. */
        public Builder interceptor(RequestInterceptor interceptor) {
            interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
            return this;
        }

        /** The largest request body accepted, in bytes; larger ones answer {@code 413}. Default 1 MiB. */
        public Builder maxBodyBytes(int maxBodyBytes) {
            // One byte of headroom is read to tell "exactly the limit" from "over it".
            if (maxBodyBytes < 0 || maxBodyBytes == Integer.MAX_VALUE) {
                throw new IllegalArgumentException(
                        "maxBodyBytes must be from 0 to " + (Integer.MAX_VALUE - 1) + ", is " + maxBodyBytes);
            }
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        public Router build() {
            return new Router(this);
        }
    }
}
