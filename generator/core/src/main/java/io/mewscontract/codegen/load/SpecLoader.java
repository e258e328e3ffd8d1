package io.mewscontract.codegen.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mewscontract.codegen.ReferenceScope;
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
 * Loads a spec file into the {@link ApiModel}: read the document safely ({@link SpecDocument}), bundle the
 * documents it refers to into it, each read the same way and only where allowed ({@link ExternalReferences},
 * {@link ReferenceGuard}), check keyword types ({@link SchemaKeywords}), parse it with swagger-parser,
 * fail on any parser message, then read schemas and operations and assemble the model. The only entry point to
 * the {@code load} stage.
 */
public final class SpecLoader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReferenceScope references;

    /** A loader following references only to files under the spec's directory. */
    public SpecLoader() {
        this(ReferenceScope.SPEC_DIRECTORY);
    }

    /** A loader following references as far as {@code references} allows. */
    public SpecLoader(ReferenceScope references) {
        this.references = references;
    }

    /**
     * @throws IOException if the file cannot be read
     * @throws SpecException if the spec is invalid or uses an unsupported construct; names the file and the
     *     JSON pointer of every problem
     */
    public ApiModel load(Path spec) throws IOException, SpecException {
        ExternalReferences.Bundle bundle;
        try {
            bundle = ExternalReferences.bundle(spec, SpecDocument.read(spec), references);
        } catch (StackOverflowError deep) {
            throw new SpecException(
                    SpecException.Kind.INVALID, spec, "", "The spec's references nest too deeply" + " to be read");
        }
        JsonNode document = bundle.document();
        try {
            SchemaKeywords.check(document);
            OpenAPI openApi = parse(spec, document);
            Map<String, Schema<?>> schemas = new LinkedHashMap<>();
            if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
                openApi.getComponents().getSchemas().forEach(schemas::put);
            }
            SchemaReader schemaReader = new SchemaReader(schemas);
            var operations = new OperationReader(openApi, schemaReader).read();
            String title = openApi.getInfo() == null
                    ? ""
                    : String.valueOf(openApi.getInfo().getTitle());
            String version = openApi.getInfo() == null
                    ? ""
                    : String.valueOf(openApi.getInfo().getVersion());
            return new ModelAssembler(spec.getFileName().toString(), title, version, schemaReader, operations)
                    .assemble();
        } catch (LoadFailure failure) {
            throw located(spec, bundle, failure);
        } catch (StackOverflowError deep) {
            // Every known cycle is refused with its pointer; this is the net under the ones nobody thought of.
            throw new SpecException(
                    SpecException.Kind.INVALID,
                    spec,
                    "",
                    "The spec nests or refers to itself" + " too deeply to be read (a reference cycle?)");
        }
    }

    /** A failure in a schema taken from another document names that document and the pointer there. */
    private static SpecException located(Path spec, ExternalReferences.Bundle bundle, LoadFailure failure) {
        String pointer = failure.pointer().value();
        for (Map.Entry<String, ExternalReferences.Origin> entry :
                bundle.origins().entrySet()) {
            String component = Pointer.schema(entry.getKey()).value();
            if (pointer.equals(component) || pointer.startsWith(component + "/")) {
                ExternalReferences.Origin origin = entry.getValue();
                String there = origin.pointer() + pointer.substring(component.length());
                return origin.remote() == null
                        ? new SpecException(failure.kind(), origin.file(), there, String.valueOf(failure.getMessage()))
                        : new SpecException(
                                failure.kind(),
                                spec,
                                pointer,
                                "in " + origin.remote() + "#" + there + ": " + String.valueOf(failure.getMessage()));
            }
        }
        return new SpecException(failure.kind(), spec, pointer, String.valueOf(failure.getMessage()));
    }

    /**
     * The parser gets the document as JSON text: it reads JSON without YAML's coercions and size limit. Its
     * document is self-contained ({@link ExternalReferences}): the parser reads no other file and no URL.
     */
    private static OpenAPI parse(Path spec, JsonNode document) throws SpecException {
        ParseOptions options = new ParseOptions();
        // References inside the spec stay references, so the model keeps the schema names; there are no others.
        options.setResolve(true);
        String json;
        try {
            json = JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree always serializes", e);
        }
        SwaggerParseResult result;
        try {
            // No location: the document refers to nothing outside itself, and the parser must not look elsewhere.
            result = new OpenAPIV3Parser().readContents(json, null, options, null);
        } catch (RuntimeException parserFailure) {
            // Input the parser chokes on instead of reporting: still the spec's problem, and still one line.
            throw new SpecException(
                    SpecException.Kind.INVALID, spec, "", "The OpenAPI parser cannot read it: " + parserFailure);
        }
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        if (!messages.isEmpty()) {
            throw new SpecException(
                    SpecException.Kind.INVALID,
                    spec,
                    messages.stream()
                            .map(message -> ParserMessages.toProblem(message, document))
                            .toList());
        }
        if (result.getOpenAPI() == null) {
            throw new SpecException(SpecException.Kind.INVALID, spec, "", "Not an OpenAPI 3 document");
        }
        return result.getOpenAPI();
    }
}
