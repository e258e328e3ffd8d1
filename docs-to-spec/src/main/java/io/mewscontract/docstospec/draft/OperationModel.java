package io.mewscontract.docstospec.draft;

import com.fasterxml.jackson.databind.JsonNode;
import io.mewscontract.docs.DocumentedOperation;
import io.mewscontract.docs.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One drafted operation and the sections of the pages that describe it. */
final class OperationModel implements DraftTarget {
    /** A section describing the operation, with its document. */
    record Occurrence(String document, DocumentedOperation operation) {
        SourceRef source() {
            return new SourceRef(document, operation.line());
        }
    }

    final String path;
    final List<Occurrence> occurrences = new ArrayList<>();
    final String operationId;
    final String tag;
    String summary = "";
    String description = "";
    SchemaDraft request;
    /** The success response body, or null when every page shows {@code {}} (no content). */
    @Nullable
    SchemaDraft response;

    String deprecation = "";
    final Map<String, JsonNode> extensions = new LinkedHashMap<>();

    OperationModel(String path, String operationId, String tag, SchemaDraft request) {
        this.path = path;
        this.operationId = operationId;
        this.tag = tag;
        this.request = request;
    }

    List<SourceRef> sources() {
        return occurrences.stream().map(Occurrence::source).toList();
    }

    @Override
    public String pointer() {
        return "/paths/" + Pointers.escape(path) + "/post";
    }

    @Override
    public String toString() {
        return path;
    }
}
