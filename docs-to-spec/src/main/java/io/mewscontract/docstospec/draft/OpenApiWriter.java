package io.mewscontract.docstospec.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mewscontract.docs.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the draft model as an OpenAPI 3.0.3 document. Rule {@link DraftRules#TRANSPORT_FROM_FACTS}: every
 * operation is {@code POST}, takes the optional {@code Prefer} header and declares the responses the usage
 * guidelines give every operation (204, 400, 401, 403, 404, 408, 409, 413, 415, 429, 500 with
 * {@code ConnectorApiError}, {@code Request-Id} on all); rule {@link DraftRules#EMPTY_RESPONSE}: an
 * operation whose pages show only {@code {}} answers {@code EmptyResult}.
 */
final class OpenApiWriter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectNode TRANSPORT = loadTransport();

    private OpenApiWriter() {}

    private static ObjectNode loadTransport() {
        // transport.json: the transport components of spec/mews-connector-api.yaml, which come from the usage
        // guidelines, not from any page. JSON, not YAML: read at every run, and the JSON parser is loaded anyway.
        try (InputStream in = OpenApiWriter.class.getResourceAsStream("transport.json")) {
            return (ObjectNode) new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("transport.json missing from the jar", e);
        }
    }

    static ObjectNode write(ModelBuilder model, DraftContext context, int pageCount) {
        boolean transport = context.applies(DraftRules.TRANSPORT_FROM_FACTS);
        ObjectNode root = JSON.objectNode().put("openapi", "3.0.3");
        root.putObject("info")
                .put("title", "Mews Connector API (draft)")
                .put("version", "draft")
                .put(
                        "description",
                        "Drafted by mews-codegen draft from " + pageCount
                                + " page(s) by the reconciliation rules of spec/RECONCILIATION.md. Not curated.");
        ArrayNode tags = root.putArray("tags");
        Set<String> tagNames = new LinkedHashSet<>();
        model.operations.values().forEach(op -> tagNames.add(op.tag));
        tagNames.forEach(t -> tags.addObject().put("name", t));
        ObjectNode paths = root.putObject("paths");
        boolean empty = false;
        for (OperationModel op : model.operations.values()) {
            ObjectNode post = paths.putObject(op.path).putObject("post");
            post.put("operationId", op.operationId);
            post.putArray("tags").add(op.tag);
            post.put("summary", op.summary);
            if (!op.description.isEmpty()) {
                post.put("description", op.description);
            }
            if (!op.deprecation.isEmpty()) {
                post.put("deprecated", true);
            }
            op.extensions.forEach(post::set);
            if (transport) {
                post.putArray("parameters").addObject().put("$ref", "#/components/parameters/Prefer");
            }
            ObjectNode body = post.putObject("requestBody").put("required", true);
            body.putObject("content").putObject("application/json").set("schema", SchemaWriter.ref(op.request.name));
            ObjectNode responses = post.putObject("responses");
            ObjectNode ok = responses.putObject("200").put("description", "Success.");
            if (transport) {
                ok.putObject("headers").putObject("Request-Id").put("$ref", "#/components/headers/Request-Id");
            }
            String responseName = op.response != null ? op.response.name : "EmptyResult";
            if (op.response == null) {
                empty = true;
                context.decide(op, DraftRules.EMPTY_RESPONSE, "the response is {} (EmptyResult)", op.sources());
            }
            ok.putObject("content").putObject("application/json").set("schema", SchemaWriter.ref(responseName));
            if (transport) {
                TRANSPORT
                        .path("operationResponses")
                        .properties()
                        .forEach(status -> responses
                                .putObject(status.getKey())
                                .put(
                                        "$ref",
                                        "#/components/responses/"
                                                + status.getValue().asText()));
                context.decide(
                        op,
                        DraftRules.TRANSPORT_FROM_FACTS,
                        "Prefer header; 204 and error responses",
                        List.of(new SourceRef("MEWS-API-FACTS.md", 0)));
            }
        }
        ObjectNode components = root.putObject("components");
        if (transport) {
            for (String part : List.of("parameters", "headers", "responses")) {
                components.set(part, TRANSPORT.path("components").path(part).deepCopy());
            }
        }
        ObjectNode schemas = components.putObject("schemas");
        SchemaDraft common = model.schemas.get("known ConnectorRequest");
        if (common != null) {
            schemas.set(common.name, SchemaWriter.component(common));
        }
        for (SchemaDraft s : model.schemas.values()) {
            if (s != common) {
                schemas.set(s.name, SchemaWriter.component(s));
            }
        }
        if (empty) {
            schemas.putObject("EmptyResult")
                    .put("type", "object")
                    .put("description", "The response of an operation that returns no data: {}.");
        }
        if (transport) {
            JsonNode error = TRANSPORT.path("components").path("schemas").path("ConnectorApiError");
            schemas.set("ConnectorApiError", error.deepCopy());
        }
        return root;
    }
}
