package io.mewscontract.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the markdown source of the documentation ({@link Rendering#MARKDOWN}).
 *
 * <p>Layout: a level-2 heading per operation whose section holds the path
 * ({@code `[PlatformAddress]/api/...`}); {@code ### Request} and {@code ### Response} split the
 * section; a table directly under them is the body, a table or list under a deeper heading is the
 * object or enum that heading names. Columns are found by their header, not by position.
 */
final class MarkdownSourceParser implements RenderingParser {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*$");
    private static final Pattern PATH = Pattern.compile("^`?\\[PlatformAddress\\](/api/[^`\\s]+)`?$");
    private static final Pattern SEPARATOR_ROW = Pattern.compile("^\\|?(\\s*:?-+:?\\s*\\|)*\\s*:?-+:?\\s*\\|?$");

    @Override
    public Rendering rendering() {
        return Rendering.MARKDOWN;
    }

    @Override
    public SourceDocument parse(String fileName, DocumentText text, ExampleEvidence evidence) {
        List<Integer> sectionStarts = new ArrayList<>();
        for (int n = 1; n <= text.size(); n++) {
            Matcher heading = HEADING.matcher(text.raw(n));
            if (heading.matches() && heading.group(1).length() <= 2) {
                sectionStarts.add(n);
            }
        }
        List<DocumentedOperation> operations = new ArrayList<>();
        List<DocumentedEnum> enums = new ArrayList<>();
        List<ReadingNote> notes = new ArrayList<>();
        for (int i = 0; i < sectionStarts.size(); i++) {
            int start = sectionStarts.get(i);
            int end = i + 1 < sectionStarts.size() ? sectionStarts.get(i + 1) - 1 : text.size();
            OperationDraft op = new SectionWalk(text, start, end, enums, notes).walk();
            if (!op.path.isEmpty()) {
                operations.add(op.build());
            } else if (!op.tables.isEmpty()) {
                notes.add(new ReadingNote(start, "section '" + op.title + "' has property tables but no"
                        + " [PlatformAddress] path, so its tables belong to no operation and were skipped"));
            }
        }
        return new SourceDocument(fileName, rendering(), TypeReferences.link(operations, enums), enums,
                List.of(), notes);
    }

    /** The cells of a pipe table row; pipes inside code spans or escaped as {@code \|} do not split. */
    static List<String> cells(String row) {
        String body = row.strip();
        if (body.startsWith("|")) {
            body = body.substring(1);
        }
        if (body.endsWith("|") && !body.endsWith("\\|")) {
            body = body.substring(0, body.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean inCode = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|' && !inCode) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                inCode ^= c == '`';
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    /** One level-2 section, read top to bottom. */
    private static final class SectionWalk {
        private final DocumentText text;
        private final int start;
        private final int end;
        private final List<DocumentedEnum> enums;
        private final List<ReadingNote> notes;
        private final OperationDraft op;

        SectionWalk(DocumentText text, int start, int end, List<DocumentedEnum> enums, List<ReadingNote> notes) {
            this.text = text;
            this.start = start;
            this.end = end;
            this.enums = enums;
            this.notes = notes;
            Matcher title = HEADING.matcher(text.raw(start));
            this.op = new OperationDraft(title.matches() ? CellText.plain(title.group(2)) : "", start);
        }

        OperationDraft walk() {
            TableRole section = TableRole.REQUEST;
            boolean beforeRequest = true;
            int heading = 0; // line of the latest heading below level 3 not yet used by a table or list
            int n = start + 1;
            while (n <= end) {
                String line = text.line(n);
                Matcher headingLine = HEADING.matcher(text.raw(n));
                Matcher path = PATH.matcher(line);
                if (line.isEmpty()) {
                    n++;
                } else if (line.startsWith("```")) {
                    n = fence(section, n) + 1;
                } else if (headingLine.matches()) {
                    String title = CellText.plain(headingLine.group(2));
                    if (headingLine.group(1).length() == 3 && isSectionMarker(title)) {
                        section = title.equalsIgnoreCase("Request") ? TableRole.REQUEST : TableRole.RESPONSE;
                        beforeRequest = false;
                        heading = 0;
                    } else {
                        heading = n;
                    }
                    n++;
                } else if (path.matches()) {
                    op.path = path.group(1);
                    n++;
                } else if (line.startsWith("|")) {
                    n = table(section, heading, n) + 1;
                    heading = 0;
                } else if (heading != 0 && EnumBullets.isBullet(text.raw(n))) {
                    EnumBullets.Parsed list = EnumBullets.read(text, heading, headingText(heading), end);
                    enums.add(list.value());
                    n = list.lastLine() + 1;
                    heading = 0;
                } else {
                    if (beforeRequest) {
                        op.description.add(CellText.plain(line));
                    }
                    n++;
                }
            }
            return op;
        }

        private static boolean isSectionMarker(String title) {
            return title.equalsIgnoreCase("Request") || title.equalsIgnoreCase("Response");
        }

        private String headingText(int line) {
            Matcher m = HEADING.matcher(text.raw(line));
            return m.matches() ? CellText.plain(m.group(2)) : text.line(line);
        }

        /** Reads the fenced block opening at {@code open}; returns the line of its closing fence. */
        private int fence(TableRole section, int open) {
            int close = open + 1;
            while (close <= end && !text.line(close).startsWith("```")) {
                close++;
            }
            int first = text.nextNonBlank(open + 1);
            if (first < close && JsonExamples.startsExample(text.line(first))) {
                op.addExample(section, JsonExamples.read(text, first, text.previousNonBlank(close - 1)));
            } else if (close > end) {
                notes.add(new ReadingNote(open, "code block is never closed; read to the end of the section"));
            }
            return Math.min(close, end);
        }

        /** Reads the pipe table starting at {@code headerLine}; returns its last line. */
        private int table(TableRole section, int heading, int headerLine) {
            List<String> header = cells(text.raw(headerLine)).stream()
                    .map(c -> CellText.plain(c).toLowerCase(Locale.ROOT))
                    .toList();
            int last = headerLine;
            List<DocumentedProperty> properties = new ArrayList<>();
            for (int n = headerLine + 1; n <= end && text.line(n).startsWith("|"); n++) {
                last = n;
                if (SEPARATOR_ROW.matcher(text.line(n)).matches()) {
                    continue;
                }
                List<String> row = cells(text.raw(n));
                String contract = column(row, header, "contract");
                properties.add(new DocumentedProperty(
                        column(row, header, "property"),
                        column(row, header, "type"),
                        "",
                        contract,
                        ContractText.presenceOf(contract),
                        false,
                        ContractText.ofTableContract(contract),
                        column(row, header, "description"),
                        n));
            }
            boolean named = heading != 0;
            op.tables.add(new PropertyTable(
                    named ? TableRole.OBJECT : section,
                    named ? headingText(heading) : "",
                    properties,
                    named ? heading : headerLine,
                    "",
                    OptionalInt.empty()));
            return last;
        }

        private static String column(List<String> row, List<String> header, String name) {
            int index = header.indexOf(name);
            return index >= 0 && index < row.size() ? CellText.plain(row.get(index)) : "";
        }
    }
}
