package io.mewscontract.conformance.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of RECONCILIATION.md's tables, read so that checks can tell an explained difference from an
 * unexplained one. A row explains a difference between document {@code 00N} and the spec's
 * {@code Schema.Property} when it sits under the "Divergences" heading, its first cell names the
 * element (in backticks) and its second cell ("What the documents say") names the document id. Rows
 * under other headings record decisions but excuse nothing.
 */
public final class Reconciliation {

    /**
     * One row of a decision table.
     *
     * @param elements     the elements its first cell names, e.g. {@code Amount.NetValue}
     * @param documentsSay its second cell: what the documents say, naming document ids
     * @param decision     its third cell: what the spec decided
     * @param excuses      whether it sits under the "Divergences" heading, so it can explain a difference
     * @param line         1-based line in RECONCILIATION.md
     */
    public record Row(List<String> elements, String documentsSay, String decision, boolean excuses, int line) {
        public Row {
            elements = List.copyOf(elements);
        }
    }

    private static final String EXCUSING_SECTION = "## Divergences";

    private static final Pattern ELEMENT = Pattern.compile("`([A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)?)`");

    private final List<Row> rows;

    private Reconciliation(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static Reconciliation read(Path file) throws IOException {
        return parse(Files.readAllLines(file));
    }

    /** Reads the rows of RECONCILIATION.md given as lines. */
    public static Reconciliation parse(List<String> lines) {
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

    public List<Row> rows() {
        return rows;
    }

    /** Whether a row about {@code element} (e.g. {@code Amount.NetValue}) names the document id (e.g. {@code 001}). */
    public boolean explains(String element, String documentId) {
        return explanation(element, documentId).isPresent();
    }

    /** The divergence row about {@code element} that names the document id, if any. */
    public Optional<Row> explanation(String element, String documentId) {
        Pattern id = Pattern.compile("(?<![0-9])" + Pattern.quote(documentId) + "(?![0-9])");
        return rows.stream()
                .filter(r -> r.excuses()
                        && r.elements().contains(element)
                        && id.matcher(r.documentsSay()).find())
                .findFirst();
    }

    /**
     * The decision RECONCILIATION.md records about {@code element}, in either section, if any: what an
     * unexplained difference contradicts. For a property, a row about its component counts when no row names
     * the property itself.
     */
    public Optional<Row> decisionAbout(String element) {
        Optional<Row> exact =
                rows.stream().filter(r -> r.elements().contains(element)).findFirst();
        if (exact.isPresent() || !element.contains(".")) {
            return exact;
        }
        String component = element.substring(0, element.indexOf('.'));
        return rows.stream().filter(r -> r.elements().contains(component)).findFirst();
    }
}
