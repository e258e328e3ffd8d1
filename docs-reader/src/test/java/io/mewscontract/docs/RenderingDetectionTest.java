package io.mewscontract.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rendering comes from the content, never from the file name. */
class RenderingDetectionTest {

    @ParameterizedTest
    @CsvSource({
        "000_, GITBOOK_EXPORT",
        "001_, OPENAPI_REFERENCE",
        "002_, GITBOOK_EXPORT",
        "003_, MARKDOWN",
        "004_, GITBOOK_EXPORT"
    })
    void detectsEachRealDocument(String prefix, Rendering expected) {
        assertThat(SourceDocuments.read(prefix).rendering()).isEqualTo(expected);
    }

    @Test
    void unknownContentIsRejectedWithTheFileName() {
        assertThatThrownBy(() -> DocumentReader.parse("notes.txt", "Just some notes.\nNothing else.\n"))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageStartingWith("notes.txt: not a Connector API document");
    }

    @Test
    void markdownPathInBackticksIsNotMistakenForAGitBookPath() {
        String page =
                "## Op\n\n`[PlatformAddress]/api/connector/v1/x/y`\n\n| Property | Type | Contract | Description |\n";
        assertThat(DocumentReader.parse("x.md", page).rendering()).isEqualTo(Rendering.MARKDOWN);
    }
}
