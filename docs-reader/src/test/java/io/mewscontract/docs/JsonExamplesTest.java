package io.mewscontract.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Examples are kept exactly, parsed strictly, and their errors point into the document. */
class JsonExamplesTest {

    static List<Path> documents() {
        return SourceDocuments.all();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyExampleOfTheRealDocumentsIsValidJson(Path file) throws IOException {
        SourceDocument document = DocumentReader.read(file);
        assertThat(document.examples()).isNotEmpty().allSatisfy(example -> {
            assertThat(example.error())
                    .as("%s line %d", file.getFileName(), example.line())
                    .isEmpty();
            assertThat(example.json()).isPresent();
        });
    }

    @Test
    void exampleTextIsExactlyTheDocumentLines() {
        JsonExample request = SourceDocuments.read("004_")
                .operation("/api/connector/v1/paymentRequests/getAll")
                .orElseThrow()
                .requestExamples()
                .get(0);
        assertThat(request.line()).isEqualTo(158);
        assertThat(request.text())
                .startsWith("{\n    \"ClientToken\"")
                .endsWith("\"Limitation\": { \"Count\": 10 }\n}");
        assertThat(request.json().orElseThrow().get("States")).hasSize(2);
    }

    @Test
    void trailingCommaInAGitBookExampleIsReportedAtItsDocumentPosition() {
        String page = String.join(
                "\n",
                "Broken operation",
                "",
                "Request",
                "",
                "[PlatformAddress]/api/connector/v1/broken/do",
                "",
                "{",
                "    \"Client\": \"Sample Client 1.0.0\",",
                "}",
                "Property",
                "Type",
                "Contract",
                "Description",
                "Client",
                "string",
                "required",
                "Name of the client.");
        SourceDocument document = DocumentReader.parse("broken.txt", page);
        DocumentedOperation op =
                document.operation("/api/connector/v1/broken/do").orElseThrow();
        JsonExample example = op.requestExamples().get(0);
        assertThat(example.isValid()).isFalse();
        assertThat(example.json()).isEmpty();
        JsonParseResult.Invalid error = example.error().orElseThrow();
        assertThat(error.line()).isEqualTo(9);
        assertThat(error.column()).isEqualTo(1);
        // The broken example does not swallow the table after it.
        assertThat(op.requestTable().orElseThrow().propertyNames()).containsExactly("Client");
    }

    @Test
    void commentInAMarkdownExampleIsReportedNotDropped() {
        String page = String.join(
                "\n",
                "## Broken operation",
                "",
                "### Request",
                "",
                "`[PlatformAddress]/api/connector/v1/broken/do`",
                "",
                "```javascript",
                "{",
                "  \"Count\": 10 // at most 1000",
                "}",
                "```",
                "",
                "| Property | Type | Contract | Description |",
                "| --- | --- | --- | --- |",
                "| `Count` | number | required | Count. |");
        JsonExample example = DocumentReader.parse("broken.md", page).examples().get(0);
        assertThat(example.line()).isEqualTo(8);
        JsonParseResult.Invalid error = example.error().orElseThrow();
        assertThat(error.line()).isEqualTo(9);
        assertThat(error.column()).isEqualTo(15);
    }

    @Test
    void unbalancedReferenceExampleIsReportedAndEndsAtTheNextBlankLine() {
        String page = String.join(
                "\n",
                "Broken operation",
                "",
                "POST",
                "/api/connector/v1/broken/do",
                "",
                "BrokenParameters",
                "object",
                "Count",
                "required",
                "number",
                "Example",
                "{",
                "\"Count\": 10",
                "",
                "OK",
                "",
                "BrokenResult",
                "object",
                "Total",
                "number");
        SourceDocument document = DocumentReader.parse("broken-reference.txt", page);
        DocumentedOperation op =
                document.operation("/api/connector/v1/broken/do").orElseThrow();
        JsonExample example = op.requestExamples().get(0);
        assertThat(example.text()).isEqualTo("{\n\"Count\": 10");
        assertThat(example.error().orElseThrow().line()).isEqualTo(13);
        assertThat(op.responseTable().orElseThrow().propertyNames()).containsExactly("Total");
    }

    @Test
    void duplicateKeysAreAnError() {
        JsonExample example = JsonExamples.parse("{\"A\": 1,\n \"A\": 2}", 40);
        assertThat(example.error().orElseThrow().line()).isEqualTo(41);
        assertThat(example.error().orElseThrow().message()).contains("Duplicate field 'A'");
    }

    @Test
    void parsedTreesCannotBeChangedThroughTheRecord() {
        JsonExample example = JsonExamples.parse("{\"Value\": 10.40}", 1);
        ((com.fasterxml.jackson.databind.node.ObjectNode) example.json().orElseThrow()).put("Value", 1);
        assertThat(example.json().orElseThrow().get("Value").decimalValue()).hasToString("10.40");
    }
}
