package io.mewscontract.docs;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the docs reader with arbitrary page text. A page in none of the known renderings is a
 * {@link DocumentFormatException} (the documented way to say "this is not a Connector API page"); anything else the
 * reader throws, or a hang, is a bug: a broken page must name itself, never crash the caller.
 *
 * <p>The committed corpus ({@code DocumentReaderFuzzTestInputs/}) starts from small pages in each rendering (made
 * up, with invented Widgets) and holds every crash found.
 */
class DocumentReaderFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyPageIsReadOrRefusedAsNotADocument(byte[] input) {
        String page = new String(input, StandardCharsets.UTF_8);
        try {
            SourceDocument document = DocumentReader.parse("fuzzed.txt", page);
            if (document.fileName() == null) {
                throw new AssertionError("a document without its name");
            }
        } catch (DocumentFormatException notADocument) {
            // the documented refusal
        }
    }
}
