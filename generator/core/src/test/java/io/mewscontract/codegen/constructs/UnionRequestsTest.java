package io.mewscontract.codegen.constructs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mewscontract.codegen.CodeGenerator;
import io.mewscontract.codegen.GenerationRequest;
import io.mewscontract.codegen.testing.FixtureOutput;
import io.mewscontract.codegen.testing.InMemoryCompiler;
import io.mewscontract.codegen.testing.ProjectPaths;
import io.mewscontract.runtime.JsonMappers;
import io.mewscontract.runtime.ValidationContext;
import io.mewscontract.runtime.ValidationMode;
import io.mewscontract.runtime.Validator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Unions in requests (fixtures/constructs/union-requests.yaml), read by the strict server mapper and validated:
 * known kinds of both forms bind, a kind the spec does not list (or none) binds as {@code Unknown} and is refused
 * on servers only. Over real HTTP through the router: sandbox's {@code UnknownUnionKindOverHttpTest}.
 */
class UnionRequestsTest {

    private static final String PACKAGE = "com.example.unions";
    private static InMemoryCompiler.Compiled compiled;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        compiled = InMemoryCompiler.compile(
                new CodeGenerator("test")
                        .render(GenerationRequest.all(
                                ProjectPaths.testResource("fixtures/constructs/union-requests.yaml"),
                                Path.of("unused"),
                                PACKAGE)),
                List.of(),
                FixtureOutput.freshDirectory("compiled-union-requests"));
    }

    private static Object read(ObjectMapper mapper, String json) throws Exception {
        return mapper.readValue(json, compiled.load(PACKAGE + ".model.GadgetAddParameters"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations(Object request, ValidationMode mode) throws Exception {
        Validator<Object> validator =
                (Validator<Object>) compiled.load(PACKAGE + ".validation.GadgetAddParametersValidator")
                        .getField("INSTANCE")
                        .get(null);
        ValidationContext context = new ValidationContext(mode);
        validator.validate(request, "$", context);
        return context.violations().stream()
                .map(v -> v.path() + ": " + v.message())
                .toList();
    }

    @Test
    void theStrictServerMapperReadsUnionsInsideListsAndObjects() throws Exception {
        // A union read inside a list is followed by more tokens: the strict mapper must not take them for garbage.
        Object request = read(
                JsonMappers.server(),
                "{\"Attachments\": [{\"Kind\": \"Pdf\", \"Pages\": 3},"
                        + " {\"Kind\": \"Image\", \"Width\": 640}],"
                        + " \"Content\": {\"Discriminator\": \"Text\", \"Value\": {\"Text\": \"Hello\"}}}");

        assertThat(request)
                .hasToString(
                        "GadgetAddParameters[attachments=[PdfAttachment[kind=Pdf, pages=3, additionalProperties={}],"
                                + " ImageAttachment[kind=Image, width=640, additionalProperties={}]],"
                                + " content=TextContentKind[value=TextContent[text=Hello, additionalProperties={}]],"
                                + " additionalProperties={}]");
        assertThat(violations(request, ValidationMode.SERVER)).isEmpty();
    }

    @Test
    void unknownAndMissingKindsAreRefusedOnServersOnly() throws Exception {
        Object request = read(
                JsonMappers.server(),
                "{\"Attachments\": [{\"Kind\": \"Video\", \"Seconds\": 12},"
                        + " {\"Pages\": 3}], \"Content\": {\"Discriminator\": \"Video\", \"Value\": {}}}");

        assertThat(violations(request, ValidationMode.SERVER))
                .containsExactly(
                        "$.Attachments[0]: unknown kind 'Video' of Kind; expected one of Pdf, Image",
                        "$.Attachments[1]: Kind is missing; expected one of Pdf, Image",
                        "$.Content: unknown kind 'Video' of Discriminator; expected one of Text");
        assertThat(violations(request, ValidationMode.CLIENT)).isEmpty();
    }
}
