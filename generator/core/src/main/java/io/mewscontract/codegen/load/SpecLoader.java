package io.mewscontract.codegen.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Loads a spec file into the {@link ApiModel}: read the document safely ({@link SpecDocument}), check its
 * references ({@link ReferenceGuard}) and keyword types ({@link SchemaKeywords}), parse it with swagger-parser,
 * fail on any parser message, then read schemas and operations and assemble the model. The only entry point to
 * the {@code load} stage.
 */
public final class SpecLoader {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @throws IOException if the file cannot be read
     * @throws SpecException if the spec is invalid or uses an unsupported construct; names the file and the
     *     JSON pointer of every problem
     */
    public ApiModel load(Path spec) throws IOException, SpecException {
        JsonNode document = SpecDocument.read(spec, SpecDocument.PlainScalarCheck.NONE);
        ReferenceGuard.check(spec, document);
        try {
            SchemaKeywords.check(document);
            OpenAPI openApi = parse(spec, document);
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
            throw new SpecException(failure.kind(), spec, failure.pointer().value(), String.valueOf(failure.getMessage()));
        } catch (StackOverflowError deep) {
            // Every known cycle is refused with its pointer; this is the net under the ones nobody thought of.
            throw new SpecException(SpecException.Kind.INVALID, spec, "", "The spec nests or refers to itself"
                    + " too deeply to be read (a reference cycle?)");
        }
    }

    /**
     * The parser gets the document as JSON text: it reads JSON without YAML's coercions and size limit. Its
     * location resolves references to other files, which {@link ReferenceGuard} has already checked.
     */
    private static OpenAPI parse(Path spec, JsonNode document) throws SpecException {
        ParseOptions options = new ParseOptions();
        // Resolves references into other files; references inside the spec stay references, so the model keeps
        // the schema names.
        options.setResolve(true);
        String json;
        try {
            json = JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree always serializes", e);
        }
        SwaggerParseResult result;
        try {
            result = new OpenAPIV3Parser().readContents(json, null, options, spec.toAbsolutePath().toString());
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
