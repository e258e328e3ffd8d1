package io.mewscontract.codegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mewscontract.codegen.SpecException.Problem;
import org.junit.jupiter.api.Test;

class ParserMessagesTest {

    @Test
    void dottedLocationsBecomePointers() {
        assertThat(ParserMessages.pointer("paths.'/a/b'(post).requestBody.foo"))
                .isEqualTo("/paths/~1a~1b/post/requestBody/foo");
        assertThat(ParserMessages.pointer("components.schemas.A.required")).isEqualTo("/components/schemas/A/required");
        assertThat(ParserMessages.pointer(
                        "paths.'/x'(post).requestBody.content.'application/json'.schema.#/components/schemas/M"))
                .isEqualTo("/paths/~1x/post/requestBody/content/application~1json/schema");
    }

    @Test
    void messagesWithoutALocationPointAtTheRoot() {
        Problem problem = ParserMessages.toProblem("while parsing a flow node\n in 'reader', line 3, column 1:", null);
        assertThat(problem.pointer()).isEmpty();
        assertThat(problem.message()).contains("line 3, column 1");
    }

    @Test
    void pointersToNothingAreRefinedAgainstTheDocument() throws Exception {
        JsonNode document = new ObjectMapper().readTree("""
                {"components": {"schemas": {"Owner": {"properties": {"Pets": {"items": {"$ref": "#/components/schemas/Missing"}}}}}}}
                """);
        assertThat(ParserMessages.toProblem(
                                "attribute components.schemas.Owner.Missing is not of type `schema`", document)
                        .pointer())
                .isEqualTo("/components/schemas/Owner/properties/Pets/items/$ref");
        assertThat(ParserMessages.refine("/components/schemas/Owner/nothing/here", document))
                .isEqualTo("/components/schemas/Owner");
        assertThat(ParserMessages.refine("/components/schemas/Owner", document)).isEqualTo("/components/schemas/Owner");
    }
}
