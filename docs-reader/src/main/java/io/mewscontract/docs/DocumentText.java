package io.mewscontract.docs;

import java.util.List;

/**
 * The lines of a document, addressed by 1-based line number. Line terminators ({@code \n},
 * {@code \r\n}, {@code \r}) are all accepted, so a document converted to CRLF reads the same.
 */
final class DocumentText {
    private final List<String> lines;

    private DocumentText(List<String> lines) {
        this.lines = List.copyOf(lines);
    }

    static DocumentText of(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        List<String> split = List.of(text.split("\r\n|\r|\n", -1));
        // A final terminator does not start another line.
        if (!split.isEmpty() && split.get(split.size() - 1).isEmpty()) {
            split = split.subList(0, split.size() - 1);
        }
        return new DocumentText(split);
    }

    /** Number of lines; valid line numbers are {@code 1..size()}. */
    int size() {
        return lines.size();
    }

    /** The line exactly as written (without terminator). */
    String raw(int line) {
        return lines.get(line - 1);
    }

    /** The line without surrounding whitespace. */
    String line(int line) {
        return raw(line).strip();
    }

    boolean isBlank(int line) {
        return raw(line).isBlank();
    }

    /** The first non-blank line at or after {@code from}, or {@code size() + 1} when there is none. */
    int nextNonBlank(int from) {
        int n = Math.max(from, 1);
        while (n <= size() && isBlank(n)) {
            n++;
        }
        return n;
    }

    /** The last non-blank line at or before {@code from}, or {@code 0} when there is none. */
    int previousNonBlank(int from) {
        int n = Math.min(from, size());
        while (n >= 1 && isBlank(n)) {
            n--;
        }
        return n;
    }

    /** Whether {@code line} is within the document and non-blank. */
    boolean hasText(int line) {
        return line >= 1 && line <= size() && !isBlank(line);
    }
}
