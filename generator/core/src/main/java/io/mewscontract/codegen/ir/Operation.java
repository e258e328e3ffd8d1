package io.mewscontract.codegen.ir;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One operation ({@code POST /api/connector/v1/{group}/{name}}).
 *
 * @param operationId the spec's {@code operationId}
 * @param group the resource group, the path's second-to-last segment ({@code paymentRequests})
 * @param name the path's last segment ({@code getAll})
 * @param path the exact path
 * @param methodName the Java method in client and service interfaces, unique within the group
 * @param asyncMethodName the client's asynchronous variant of {@code methodName}, unique within the group
 * @param constantName the descriptor constant in the group's operations class, unique within the group
 * @param kind read or write
 * @param requestType schema name of the request's object type (an operation request: common fields lifted)
 * @param responseType schema name of the successful response's object type
 * @param noContentAllowed the spec declares a {@code 204} answer
 * @param errors the declared error responses, in spec order
 * @param traits pagination, batching
 * @param pointer where the operation is declared (JSON pointer)
 */
public record Operation(
        String operationId,
        String group,
        String name,
        String path,
        String methodName,
        String asyncMethodName,
        String constantName,
        OperationKind kind,
        @Nullable String summary,
        @Nullable String description,
        boolean deprecated,
        String requestType,
        String responseType,
        boolean noContentAllowed,
        List<ErrorResponse> errors,
        List<Trait> traits,
        String pointer) {

    public Operation {
        errors = List.copyOf(errors);
        traits = List.copyOf(traits);
    }

    public Optional<Trait.Paginated> pagination() {
        return trait(Trait.Paginated.class);
    }

    public Optional<Trait.Batched> batching() {
        return trait(Trait.Batched.class);
    }

    private <T extends Trait> Optional<T> trait(Class<T> type) {
        return traits.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** The date of a versioned operation ({@code /getAll/2023-06-06}), or null. */
    public @Nullable String version() {
        java.util.regex.Matcher matcher = VERSIONED.matcher(path);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static final java.util.regex.Pattern VERSIONED =
            java.util.regex.Pattern.compile("/(\\d{4}-\\d{2}-\\d{2})$");
}
