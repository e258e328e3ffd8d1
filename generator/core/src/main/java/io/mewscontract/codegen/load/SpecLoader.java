package io.mewscontract.codegen.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.mewscontract.codegen.SpecException;
import io.mewscontract.codegen.ir.ApiModel;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        // Reading the files ourselves first separates "cannot read" (an I/O failure) from "cannot parse", and keeps
        // malformed YAML away from the parser, which would log stack traces about it.
        JsonNode document = SpecSyntax.check(spec);
        OpenAPI openApi = parse(spec, document);
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

    private static OpenAPI parse(Path spec, JsonNode document) throws SpecException {
        ParseOptions options = new ParseOptions();
        // Resolves references into other files; references inside the spec stay references, so the model keeps
        // the schema names.
        options.setResolve(true);
        SwaggerParseResult result;
        try {
            result = new OpenAPIV3Parser().readLocation(spec.toAbsolutePath().toString(), null, options);
        } catch (RuntimeException parserFailure) {
            // Input the parser chokes on instead of reporting: still the spec's problem, and still one line.
            throw new SpecException(SpecException.Kind.INVALID, spec, "",
                    "The OpenAPI parser cannot read it: " + parserFailure);
        }
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        if (!messages.isEmpty()) {
            throw new SpecException(SpecException.Kind.INVALID, spec,
                    messages.stream().map(message -> ParserMessages.toProblem(message, document)).toList());
        }
        if (result.getOpenAPI() == null) {
            throw new SpecException(SpecException.Kind.INVALID, spec, "", "Not an OpenAPI 3 document");
        }
        return result.getOpenAPI();
    }
}
