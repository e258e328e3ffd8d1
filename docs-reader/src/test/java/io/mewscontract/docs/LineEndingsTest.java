package io.mewscontract.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A document converted to CRLF reads exactly like the original. */
class LineEndingsTest {

    static List<Path> documents() {
        return SourceDocuments.all();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void crlfCopyYieldsTheSameDocument(Path original, @TempDir Path dir) throws IOException {
        String lf = Files.readString(original, StandardCharsets.UTF_8);
        assertThat(lf).doesNotContain("\r");
        Path copy = dir.resolve(original.getFileName());
        Files.writeString(copy, lf.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        assertThat(Files.readString(copy, StandardCharsets.UTF_8)).contains("\r\n");

        SourceDocument fromLf = DocumentReader.read(original);
        SourceDocument fromCrlf = DocumentReader.read(copy);

        assertThat(fromCrlf.operations()).isNotEmpty();
        // Records compare by value, except parsed JSON trees, which compare structurally too.
        assertThat(fromCrlf).isEqualTo(fromLf);
        assertThat(fromCrlf.examples())
                .allSatisfy(example -> assertThat(example.text()).doesNotContain("\r"));
    }
}
