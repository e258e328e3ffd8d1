package io.mewscontract.docs;

import java.util.ArrayList;
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
        // A plain loop, not a regex split: documents are read at startup, before the JIT warms up.
        List<String> split = new ArrayList<>();
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                split.add(text.substring(start, i));
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        // A final terminator does not start another line.
        if (start < length) {
            split.add(text.substring(start));
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
