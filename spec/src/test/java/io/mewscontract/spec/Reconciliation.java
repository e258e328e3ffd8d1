package io.mewscontract.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of RECONCILIATION.md's tables, read so that tests can tell an explained difference from an
 * unexplained one. A row explains a difference between document {@code 00N} and the spec's
 * {@code Schema.Property} when it sits under the "Divergences" heading, its first cell names the
 * element (in backticks) and its second cell ("What the documents say") names the document id. Rows
 * under other headings record decisions but excuse nothing.
 */
final class Reconciliation {

    /** One divergence row: the elements it is about, and what the documents say. */
    record Row(List<String> elements, String documentsSay, String decision, boolean excuses, int line) {
    }

    private static final String EXCUSING_SECTION = "## Divergences";

    private static final Pattern ELEMENT = Pattern.compile("`([A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)?)`");

    private final List<Row> rows;

    private Reconciliation(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    static Reconciliation read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Row> rows = new ArrayList<>();
        boolean excusing = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("## ")) {
                excusing = line.startsWith(EXCUSING_SECTION);
            }
            if (!line.startsWith("|") || line.startsWith("|---")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split("(?<!\\\\)\\|", -1);
            if (cells.length < 4 || cells[0].strip().equals("Element")) {
                continue;
            }
            List<String> elements = new ArrayList<>();
            Matcher m = ELEMENT.matcher(cells[0]);
            while (m.find()) {
                elements.add(m.group(1));
            }
            if (!elements.isEmpty()) {
                rows.add(new Row(elements, cells[1].strip(), cells[2].strip(), excusing, i + 1));
            }
        }
        return new Reconciliation(rows);
    }

    List<Row> rows() {
        return rows;
    }

    /** Whether a row about {@code element} (e.g. {@code Amount.NetValue}) names the document id (e.g. {@code 001}). */
    boolean explains(String element, String documentId) {
        Pattern id = Pattern.compile("(?<![0-9])" + Pattern.quote(documentId) + "(?![0-9])");
        return rows.stream().anyMatch(r -> r.excuses() && r.elements().contains(element) && id.matcher(r.documentsSay()).find());
    }
}
