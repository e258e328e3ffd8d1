package io.mewscontract.conformance.checks;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import io.mewscontract.runtime.WireHeaders;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Validates HTTP traffic against a spec: what a client sends and what a server answers, for harnesses that
 * wrap a client transport or a router (the sandbox's end-to-end tests, the conformance suite).
 *
 * <p>A <b>request</b> must be sent with a method and to a path the spec declares (exactly: Mews matches
 * addresses case-sensitively), with a JSON body valid against the operation's request schema.
 *
 * <p>A <b>response</b> must have a status the operation declares, and:
 * <ul>
 *   <li>carry a {@code Request-Id} header, whatever the status (Mews transport rule: every response does);</li>
 *   <li>for {@code 204}: have no body and no {@code Content-Type};</li>
 *   <li>otherwise: be {@code application/json} with a body valid against the schema the spec gives that
 *       status, so error statuses must carry the spec's error shape ({@code ConnectorApiError});</li>
 *   <li>for a path or method the spec does not declare: be a {@code 404} or {@code 405} in the error shape
 *       of the spec's {@code 404} response.</li>
 * </ul>
 * Bodies are validated with the same Atlassian configuration as the documents' examples (see
 * {@link ContractValidator}): objects are open, so properties the spec does not declare are not problems.
 *
 * <p>Problems are returned as readable lines; they name fields and schema rules, never header values or
 * tokens. Instances are immutable and safe to share between threads.
 */
public final class SpecTrafficValidator {

    /** The header every response carries (MEWS-API-FACTS: "Every response carries a Request-Id header"). */
    private static final String REQUEST_ID = WireHeaders.REQUEST_ID;

    private static final String JSON = "application/json";

    private final OpenApiInteractionValidator validator;
    private final OpenAPI api;
    private final @Nullable String notFoundProbePath;

    private SpecTrafficValidator(String specLocation) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readLocation(specLocation, null, options);
        if (parsed.getOpenAPI() == null) {
            throw new IllegalArgumentException("Cannot read the spec at " + specLocation + ": " + parsed.getMessages());
        }
        this.api = parsed.getOpenAPI();
        this.validator = ContractValidator.interactionValidator(specLocation);
        this.notFoundProbePath = api.getPaths().entrySet().stream()
                .filter(e -> e.getValue().getPost() != null
                        && e.getValue().getPost().getResponses().containsKey("404"))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    /** A validator of the spec file. */
    public static SpecTrafficValidator forSpec(Path specFile) {
        return new SpecTrafficValidator(specFile.toUri().toString());
    }

    /**
     * A validator of the spec at a URL, a file path or a classpath resource name, e.g.
     * {@code io/mewscontract/spec/mews-connector-api.yaml} from the spec jar.
     */
    public static SpecTrafficValidator forLocation(String specLocation) {
        return new SpecTrafficValidator(specLocation);
    }

    /** The problems of a POST request with a JSON body to {@code path}; empty when it fits the spec. */
    public List<String> checkRequest(String path, @Nullable String body) {
        return checkRequest("POST", path, Map.of("Content-Type", List.of(JSON)), body);
    }

    /**
     * The problems of a request; empty when it fits the spec.
     *
     * @param method  the HTTP method
     * @param path    the path without scheme, host or query, e.g. {@code /api/connector/v1/paymentRequests/add}
     * @param headers the request headers (names in any case)
     * @param body    the body as sent, or {@code null} when there was none
     */
    public List<String> checkRequest(
            String method, String path, Map<String, List<String>> headers, @Nullable String body) {
        if (!declares(method, path)) {
            // Checked here because Atlassian's validator matches paths ignoring case; Mews does not.
            return List.of("request " + method + " " + path
                    + ": the spec declares no such operation (paths match exactly, case-sensitively)");
        }
        SimpleRequest.Builder request = new SimpleRequest.Builder(method.toUpperCase(Locale.ROOT), path);
        headers.forEach(request::withHeader);
        if (body != null && !body.isEmpty()) {
            request.withBody(body);
        }
        return ContractValidator.errors(validator.validateRequest(request.build()));
    }

    /** Like {@link #checkResponse(String, String, int, Map, String)} for a POST. */
    public List<String> checkResponse(
            String path, int status, Map<String, List<String>> headers, @Nullable String body) {
        return checkResponse("POST", path, status, headers, body);
    }

    /**
     * The problems of the response to a request; empty when it fits the spec.
     *
     * @param method  the method of the request it answers
     * @param path    the path of the request it answers
     * @param status  the HTTP status
     * @param headers the response headers (names in any case)
     * @param body    the body as received, or {@code null} (or empty) when there was none
     */
    public List<String> checkResponse(
            String method, String path, int status, Map<String, List<String>> headers, @Nullable String body) {
        Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        boolean hasBody = body != null && !body.isEmpty();
        Optional<String> contentType = first(byName, "Content-Type");
        List<String> problems = new ArrayList<>();
        if (first(byName, REQUEST_ID).filter(v -> !v.isBlank()).isEmpty()) {
            problems.add("response " + status + ": no " + REQUEST_ID + " header (every response carries one)");
        }
        if (status == 204) {
            if (hasBody) {
                problems.add("response 204: has a body (a 204 has none)");
            }
            if (contentType.isPresent()) {
                problems.add("response 204: has a Content-Type (a 204 has none)");
            }
        } else if (contentType
                .map(t -> !t.toLowerCase(Locale.ROOT).startsWith(JSON))
                .orElse(true)) {
            problems.add("response " + status + ": Content-Type is "
                    + contentType.map(t -> "'" + t + "'").orElse("missing") + ", expected " + JSON);
        }
        String validatedPath = path;
        int validatedStatus = status;
        if (!declares(method, path)) {
            if (status != 404 && status != 405) {
                problems.add("response " + status + " to " + method + " " + path
                        + ": the spec declares no such operation, so only 404 or 405 can answer it");
            }
            if (notFoundProbePath == null) {
                return problems;
            }
            // The error shape is the same for every status; the spec states it on each operation's 404.
            validatedPath = notFoundProbePath;
            validatedStatus = 404;
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(validatedStatus);
        byName.forEach(response::withHeader);
        if (hasBody && status != 204) {
            response.withBody(body); // a 204's body is reported above, once
        }
        problems.addAll(ContractValidator.errors(ContractValidator.withoutMissingHeaders(validator.validateResponse(
                validatedPath,
                Request.Method.valueOf(declares(method, path) ? method.toUpperCase(Locale.ROOT) : "POST"),
                response.build()))));
        return problems;
    }

    /**
     * Checks a request and throws when it breaks the spec.
     *
     * @throws SpecViolationException listing every problem
     */
    public void requireValidRequest(
            String method, String path, Map<String, List<String>> headers, @Nullable String body) {
        List<String> problems = checkRequest(method, path, headers, body);
        if (!problems.isEmpty()) {
            throw new SpecViolationException("The request " + method + " " + path, problems);
        }
    }

    /**
     * Checks a response and throws when it breaks the spec.
     *
     * @throws SpecViolationException listing every problem
     */
    public void requireValidResponse(
            String method, String path, int status, Map<String, List<String>> headers, @Nullable String body) {
        List<String> problems = checkResponse(method, path, status, headers, body);
        if (!problems.isEmpty()) {
            throw new SpecViolationException("The " + status + " response to " + method + " " + path, problems);
        }
    }

    /** Whether the spec declares an operation for this method and path (exactly: Mews matches case-sensitively). */
    public boolean declares(String method, String path) {
        PathItem item = api.getPaths().get(path);
        if (item == null) {
            return false;
        }
        try {
            return item.readOperationsMap().containsKey(PathItem.HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknownMethod) {
            return false;
        }
    }

    private static Optional<String> first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }
}
