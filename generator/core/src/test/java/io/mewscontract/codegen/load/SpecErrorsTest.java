package io.mewscontract.codegen.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mewscontract.codegen.SpecException;
import io.mewscontract.codegen.SpecException.Kind;
import io.mewscontract.codegen.testing.ProjectPaths;
import io.mewscontract.codegen.testing.SpecSnippets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every construct the generator refuses, each a small patch over {@code valid-base.yaml}
 * ({@code fixtures/errors/patches}, applied by {@link SpecSnippets}; the one file a patch refers to,
 * {@code broken-things.yaml}, sits beside the base and is copied beside the patched spec): the error names the file,
 * the JSON pointer of the construct and what is wrong.
 */
class SpecErrorsTest {

    @TempDir
    static Path patched;

    private static Path fixture(String name) throws IOException {
        Path patch = ProjectPaths.testResource("fixtures/errors/patches/" + name);
        if (!Files.exists(patch)) {
            return ProjectPaths.testResource("fixtures/errors/" + name);
        }
        // The one file a patch refers to, beside the patched spec as it is beside the base.
        Path referenced = patched.resolve(BROKEN_THINGS);
        if (!Files.exists(referenced)) {
            Files.copy(ProjectPaths.testResource("fixtures/errors/" + BROKEN_THINGS), referenced);
        }
        return SpecSnippets.applyPatch(patch, patched);
    }

    /** Not YAML: referred to by {@code referenced-syntax-error.yaml}. */
    private static final String BROKEN_THINGS = "broken-things.yaml";

    @Test
    void theBaseOfEveryErrorFixtureIsValid() {
        assertThatCode(() -> new SpecLoader().load(fixture("valid-base.yaml"))).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one-of-without-discriminator.yaml   | UNSUPPORTED | /components/schemas/Choice/oneOf | oneOf without a discriminator is not supported
            any-of.yaml                         | UNSUPPORTED | /components/schemas/Either/anyOf | anyOf is not supported
            get-operation.yaml                  | UNSUPPORTED | /paths/~1api~1connector~1v1~1things~1getAll/get | Only POST operations are supported
            anonymous-inline-object.yaml        | UNSUPPORTED | /components/schemas/Thing/properties/Owner/properties | An anonymous inline object needs a name
            inline-all-of.yaml                  | UNSUPPORTED | /components/schemas/Thing/properties/Owner/allOf | An inline allOf defines an anonymous object
            inline-enum.yaml                    | UNSUPPORTED | /components/schemas/Thing/properties/Color/enum | An inline enum needs a name
            closed-enum.yaml                    | UNSUPPORTED | /components/schemas/Color/x-mews-open-enum | Closed enums are not supported
            query-parameter.yaml                | UNSUPPORTED | /paths/~1api~1connector~1v1~1things~1getAll/post/parameters/0 | query parameters are not supported
            not-a-connector-path.yaml           | UNSUPPORTED | /paths/~1things | Paths must have the form /api/connector/v1/{resource}/{operation}
            created-response.yaml               | UNSUPPORTED | /paths/~1api~1connector~1v1~1things~1getAll/post/responses/201 | Only 200, 204 and error responses are supported
            inline-response-body.yaml           | UNSUPPORTED | /paths/~1api~1connector~1v1~1things~1getAll/post/responses/200/content/application~1json/schema | must be a $ref to a named object schema
            unknown-common-field.yaml           | UNSUPPORTED | /components/schemas/ConnectorRequest/properties/Tenant | CommonRequestFields has no field Tenant
            missing-kind.yaml                   | INVALID     | /paths/~1api~1connector~1v1~1things~1getAll/post | Every operation needs x-mews-kind
            request-without-common-fields.yaml  | INVALID     | /components/schemas/ThingFilter | must be allOf: [$ref: ConnectorRequest, {own properties}]
            no-common-request-schema.yaml       | INVALID     | /components/schemas | No schema is marked x-mews-common-request
            batch-on-write.yaml                 | INVALID     | /paths/~1api~1connector~1v1~1things~1getAll/post/x-mews-batch | applies to reads only
            pagination-without-limitation.yaml  | INVALID     | /paths/~1api~1connector~1v1~1things~1getAll/post/x-mews-pagination | needs ThingFilter to have the property Limitation
            bad-max-interval.yaml               | INVALID     | /components/schemas/Thing/properties/Window/x-mews-max-interval | 'three months' is not an ISO 8601 period
            unknown-type.yaml                   | INVALID     | /components/schemas/Thing/properties/Size/type | Unknown type 'integr'
            parser-message.yaml                 | INVALID     | /paths/~1api~1connector~1v1~1things~1getAll/post/surprise | is unexpected
            broken-reference.yaml               | INVALID     | /components/schemas/ThingResult/properties/Things/items/$ref | Thingy
            missing-referenced-file.yaml        | INVALID     | /components/schemas/ThingResult/properties/Things/items/$ref | names a file that does not exist
            """)
    void refusesWithFileAndPointer(String file, Kind kind, String pointer, String message) throws IOException {
        Path spec = fixture(file);
        SpecException error = catchThrowableOfType(SpecException.class, () -> new SpecLoader().load(spec));
        assertThat(error).as("loading %s must fail", file).isNotNull();
        assertThat(error.kind()).isEqualTo(kind);
        assertThat(error.file()).isEqualTo(spec);
        assertThat(error.problems()).anySatisfy(problem -> {
            assertThat(problem.pointer()).isEqualTo(pointer);
            assertThat(problem.message()).contains(message);
        });
        assertThat(error.getMessage()).contains(spec + "#" + pointer + ": ");
    }

    @Test
    void malformedYamlIsOneLineWithLineColumnAndContext() throws IOException {
        Path spec = fixture("yaml-syntax.yaml");
        SpecException error = catchThrowableOfType(SpecException.class, () -> new SpecLoader().load(spec));
        assertThat(error.kind()).isEqualTo(Kind.INVALID);
        assertThat(error.getMessage())
                .isEqualTo(spec + "#: Not well-formed YAML (line 27, column 17): expected ',' or" + " ']', but got :");
    }

    @Test
    void aSyntaxErrorInAReferencedFileNamesThatFileAndLine() throws IOException {
        SpecException error = catchThrowableOfType(
                SpecException.class, () -> new SpecLoader().load(fixture("referenced-syntax-error.yaml")));
        assertThat(error.file()).isEqualTo(patched.resolve(BROKEN_THINGS));
        assertThat(error.getMessage())
                .startsWith(patched.resolve(BROKEN_THINGS) + "#: Not well-formed YAML (line ")
                .doesNotContain("\n");
    }

    @Test
    void aMissingFileIsAnIoFailureNotASpecError() throws IOException {
        assertThat(catchThrowableOfType(
                        NoSuchFileException.class, () -> new SpecLoader().load(fixture("does-not-exist.yaml"))))
                .isNotNull();
    }

    /** The base spec with a {@code 400} whose body is the schema {@code Problem} declaring {@code properties}. */
    private static Path withErrorBody(String name, String properties) throws IOException {
        Path spec = SpecSnippets.write(
                patched,
                name,
                "      responses:\n",
                "      responses:\n"
                        + "        '400':\n"
                        + "          description: bad\n"
                        + "          content:\n"
                        + "            application/json:\n"
                        + "              schema:\n"
                        + "                $ref: '#/components/schemas/Problem'\n");
        Files.writeString(
                spec,
                Files.readString(spec)
                        + "    Problem:\n      type: object\n      required: [Message]\n      properties:\n"
                        + properties);
        return spec;
    }

    @Test
    void anErrorOnlyBodyIsTheRuntimesErrorBodyAndGetsNoRecord() throws Exception {
        Path spec = withErrorBody("error-body.yaml", """
                        Message:
                          type: string
                        RequestId:
                          type: string
                          nullable: true
                """);
        assertThat(new SpecLoader().load(spec).types())
                .noneMatch(type -> type.schemaName().equals("Problem"));
    }

    @Test
    void anErrorBodyWithAFieldTheRuntimesErrorBodyLacksIsRefused() throws IOException {
        Path spec = withErrorBody("error-body-extra.yaml", """
                        Message:
                          type: string
                        Code:
                          type: integer
                """);
        SpecException error = catchThrowableOfType(SpecException.class, () -> new SpecLoader().load(spec));
        assertThat(error).isNotNull();
        assertThat(error.kind()).isEqualTo(Kind.UNSUPPORTED);
        assertThat(error.problems()).anySatisfy(problem -> {
            assertThat(problem.pointer()).isEqualTo("/components/schemas/Problem/properties/Code");
            assertThat(problem.message()).contains("the runtime's ErrorBody").contains("not Code");
        });
    }
}
