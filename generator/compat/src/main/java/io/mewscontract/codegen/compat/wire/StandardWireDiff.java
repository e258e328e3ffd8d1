package io.mewscontract.codegen.compat.wire;

import static io.mewscontract.codegen.compat.Assessment.conditional;
import static io.mewscontract.codegen.compat.Assessment.ok;

import io.mewscontract.codegen.compat.Change;
import io.mewscontract.codegen.compat.ChangeKind;
import io.swagger.v3.oas.models.headers.Header;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.DiffContext;
import org.openapitools.openapidiff.core.model.DiffResult;

/**
 * Runs openapi-diff-core on the two spec files. Its rules are plain OpenAPI's (a new enum value in a response is
 * incompatible; it knows nothing of open enums or of which side keeps unknown properties), so its verdicts are
 * reported beside ours rather than used as ours; what it alone sees (status codes and response headers) becomes
 * changes of their own.
 */
public final class StandardWireDiff {

    /**
     * openapi-diff's opinion.
     *
     * @param result {@code no_changes}, {@code metadata}, {@code compatible} or {@code incompatible}
     * @param operations one line per changed operation: {@code POST /path: incompatible}
     * @param changes the status code and header changes it found
     */
    public record Result(String result, List<String> operations, List<Change> changes) {
        public Result {
            operations = List.copyOf(operations);
            changes = List.copyOf(changes);
        }
    }

    public Result compare(Path oldSpec, Path newSpec) {
        ChangedOpenApi diff = OpenApiCompare.fromFiles(oldSpec.toFile(), newSpec.toFile());
        List<String> operations = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        diff.getNewEndpoints().forEach(e -> operations.add(e.getMethod() + " " + e.getPathUrl() + ": new"));
        diff.getMissingEndpoints()
                .forEach(e -> operations.add(e.getMethod() + " " + e.getPathUrl() + ": removed" + " (incompatible)"));
        for (ChangedOperation operation : diff.getChangedOperations()) {
            String name = operation.getHttpMethod() + " " + operation.getPathUrl();
            operations.add(name + ": " + label(operation.isCoreChanged()));
            if (operation.getApiResponses() == null) {
                continue;
            }
            operation
                    .getApiResponses()
                    .getIncreased()
                    .keySet()
                    .forEach(status -> changes.add(change(
                            ChangeKind.RESPONSE_STATUS_ADDED,
                            name,
                            "New response status " + status + " of " + name,
                            ok("clients turn any undeclared status into an error response"),
                            ok("old servers never send it"))));
            operation
                    .getApiResponses()
                    .getMissing()
                    .keySet()
                    .forEach(status -> changes.add(change(
                            ChangeKind.RESPONSE_STATUS_REMOVED,
                            name,
                            "Response status " + status + " of " + name + " is no longer declared",
                            ok("old clients simply never receive it"),
                            ok("new clients treat it as an error response"))));
            for (Map.Entry<String, ChangedResponse> response :
                    operation.getApiResponses().getChanged().entrySet()) {
                if (response.getValue().getHeaders() == null) {
                    continue;
                }
                String status = response.getKey();
                for (Map.Entry<String, Header> header :
                        response.getValue().getHeaders().getIncreased().entrySet()) {
                    boolean required = Boolean.TRUE.equals(header.getValue().getRequired());
                    changes.add(change(
                            ChangeKind.RESPONSE_HEADER_ADDED,
                            name,
                            "New " + (required ? "required " : "") + "response header " + header.getKey() + " ("
                                    + status + ") of " + name,
                            ok("old clients ignore headers they do not know"),
                            required ? conditional("old servers do not send it") : ok("it is optional")));
                }
                for (String header :
                        response.getValue().getHeaders().getMissing().keySet()) {
                    changes.add(change(
                            ChangeKind.RESPONSE_HEADER_REMOVED,
                            name,
                            "Response header " + header + " (" + status + ") of " + name + " is no longer declared",
                            conditional("old clients that read it may not get it"),
                            ok("new clients do not need it")));
                }
            }
        }
        // Its top-level verdict misses incompatible schema changes reached through references; the schema list
        // has them. (Its other schema entries are noisy: identical allOf compositions come out "compatible".)
        DiffResult overall = diff.isCoreChanged();
        for (ChangedSchema schema : diff.getChangedSchemas()) {
            DiffResult result = schema.isCoreChanged();
            if (!result.isIncompatible()) {
                continue;
            }
            overall = DiffResult.INCOMPATIBLE;
            DiffContext context = schema.getContext();
            String line = (context.isRequest() ? "request" : "response") + " schema of " + context.getMethod() + " "
                    + context.getUrl() + ": " + label(result);
            if (!operations.contains(line)) {
                operations.add(line);
            }
        }
        return new Result(label(overall), operations, changes);
    }

    private static Change change(
            ChangeKind kind,
            String subject,
            String summary,
            io.mewscontract.codegen.compat.Assessment clients,
            io.mewscontract.codegen.compat.Assessment servers) {
        return new Change(
                kind,
                subject,
                summary,
                clients,
                servers,
                ok("nothing generated depends on it"),
                null,
                List.of(),
                List.of());
    }

    private static String label(DiffResult result) {
        return result.name().toLowerCase(java.util.Locale.ROOT);
    }
}
