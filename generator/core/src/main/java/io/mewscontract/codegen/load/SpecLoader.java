package io.mewscontract.codegen.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mewscontract.codegen.SpecException;
import io.mewscontract.codegen.ir.ApiModel;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Loads a spec file into the {@link ApiModel}: parse with swagger-parser, fail on any parser message, then read
 * schemas and operations and assemble the model. The only entry point to the {@code load} stage.
 */
public final class SpecLoader {

    /**
     * @throws IOException if the file cannot be read
     * @throws SpecException if the spec is invalid or uses an unsupported construct; names the file and the
     *     JSON pointer of every problem
     */
    public ApiModel load(Path spec) throws IOException, SpecException {
        // Reading the file ourselves first separates "cannot read" (an I/O failure) from "cannot parse".
        try (InputStream in = Files.newInputStream(spec)) {
            in.read();
        }
        OpenAPI openApi = parse(spec);
        try {
            Map<String, Schema<?>> schemas = new LinkedHashMap<>();
            if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
                openApi.getComponents().getSchemas().forEach(schemas::put);
            }
            SchemaReader schemaReader = new SchemaReader(schemas);
            var operations = new OperationReader(openApi, schemaReader).read();
            String title = openApi.getInfo() == null ? "" : String.valueOf(openApi.getInfo().getTitle());
            String version = openApi.getInfo() == null ? "" : String.valueOf(openApi.getInfo().getVersion());
            return new ModelAssembler(spec.getFileName().toString(), title, version, schemaReader, operations)
                    .assemble();
        } catch (LoadFailure failure) {
            throw new SpecException(failure.kind(), spec, failure.pointer().value(), failure.getMessage());
        }
    }

    private static OpenAPI parse(Path spec) throws SpecException {
        ParseOptions options = new ParseOptions();
        // Resolves references into other files; references inside the spec stay references, so the model keeps
        // the schema names.
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(spec.toAbsolutePath().toString(), null, options);
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        if (!messages.isEmpty()) {
            JsonNode document = rawDocument(spec);
            throw new SpecException(SpecException.Kind.INVALID, spec,
                    messages.stream().map(message -> ParserMessages.toProblem(message, document)).toList());
        }
        if (result.getOpenAPI() == null) {
            throw new SpecException(SpecException.Kind.INVALID, spec, "", "Not an OpenAPI 3 document");
        }
        return result.getOpenAPI();
    }

    /** The spec as a plain tree, to check the pointers parser messages are turned into; null if unreadable. */
    private static @Nullable JsonNode rawDocument(Path spec) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(spec.toFile());
        } catch (IOException | RuntimeException unreadable) {
            return null; // a syntax error: the parser's message already says where
        }
    }
}
