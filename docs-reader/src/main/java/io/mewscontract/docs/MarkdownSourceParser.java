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
    private static final Pattern HINT_OPEN = Pattern.compile("^\\{%\\s*hint\\b.*%}$");
    private static final Pattern HINT_CLOSE = Pattern.compile("^\\{%\\s*endhint\\s*%}$");
    private static final Pattern NOT_EXHAUSTIVE = Pattern.compile("(?i)\\bnot\\s+exhaustive\\b");
    private static final Pattern DEPRECATED = Pattern.compile("(?i)\\bdeprecated\\b");
    private static final List<String> COLUMNS = List.of("property", "type", "contract", "description");

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
        List<PropertyTable> objects = new ArrayList<>();
        List<DocumentHeading> headings = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Context context = new Context(fileName, text, enums, notes, headings, findings);
        for (int i = 0; i < sectionStarts.size(); i++) {
            int start = sectionStarts.get(i);
            int end = i + 1 < sectionStarts.size() ? sectionStarts.get(i + 1) - 1 : text.size();
            OperationDraft op = new SectionWalk(context, start, end).walk();
            if (!op.path.isEmpty()) {
                operations.add(op.build());
            } else {
                // A section without an endpoint (a shared objects page, or an object under a level-2
                // heading): its tables are objects of the page, an unnamed one named by the section title.
                op.tables.forEach(t -> objects.add(
                        t.role() == TableRole.OBJECT
                                ? t
                                : new PropertyTable(
                                        TableRole.OBJECT, op.title, t.properties(), op.line, "", OptionalInt.empty())));
            }
        }
        return new SourceDocument(
                fileName,
                rendering(),
                TypeReferences.link(operations, enums),
                enums,
                List.of(),
                notes,
                TypeReferences.linkObjects(objects, enums),
                headings,
                findings);
    }

    /** What every section walk of one page adds to. */
    private record Context(
            String fileName,
            DocumentText text,
            List<DocumentedEnum> enums,
            List<ReadingNote> notes,
            List<DocumentHeading> headings,
            List<Finding> findings) {}

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
        private final Context context;
        private final DocumentText text;
        private final int start;
        private final int end;
        private final List<DocumentedEnum> enums;
        private final List<ReadingNote> notes;
        private final OperationDraft op;
        private int headingEntry = -1; // index in context.headings of the heading whose content is being read
        private int notExhaustive; // line of a "not exhaustive" note under the current heading

        SectionWalk(Context context, int start, int end) {
            this.context = context;
            this.text = context.text();
            this.start = start;
            this.end = end;
            this.enums = context.enums();
            this.notes = context.notes();
            Matcher title = HEADING.matcher(text.raw(start));
            this.op = new OperationDraft(title.matches() ? CellText.plain(title.group(2)) : "", start);
            if (title.matches()) {
                addHeading(title.group(1).length(), op.title, start);
            }
        }

        private void addHeading(int level, String title, int line) {
            headingEntry = context.headings().size();
            context.headings()
                    .add(new DocumentHeading(
                            level, title, DocumentHeading.anchorOf(title), line, DocumentHeading.Holds.NOTHING));
        }

        private void currentHeadingHolds(DocumentHeading.Holds holds) {
            if (headingEntry >= 0) {
                DocumentHeading h = context.headings().get(headingEntry);
                context.headings()
                        .set(headingEntry, new DocumentHeading(h.level(), h.text(), h.anchor(), h.line(), holds));
            }
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
                if (line.isEmpty() || (line.startsWith("<!--") && line.endsWith("-->"))) {
                    n++;
                } else if (HINT_OPEN.matcher(line).matches()) {
                    n = hint(n, beforeRequest && op.path.isEmpty(), heading) + 1;
                } else if (line.startsWith("```")) {
                    n = fence(section, n) + 1;
                } else if (headingLine.matches()) {
                    String title = CellText.plain(headingLine.group(2));
                    addHeading(headingLine.group(1).length(), title, n);
                    notExhaustive = 0;
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
                    EnumBullets.Parsed list =
                            EnumBullets.read(text, heading, n, headingText(heading), end, notExhaustive);
                    enums.add(list.value());
                    currentHeadingHolds(DocumentHeading.Holds.LIST);
                    n = list.lastLine() + 1;
                    heading = 0;
                } else {
                    if (heading != 0 && NOT_EXHAUSTIVE.matcher(line).find()) {
                        notExhaustive = n;
                    } else if (beforeRequest && heading == 0) {
                        op.description.add(CellText.plain(line));
                    }
                    n++;
                }
            }
            return op;
        }

        /**
         * Reads a GitBook hint block ({@code {% hint style="warning" %}} ... {@code {% endhint %}});
         * returns its last line. Above the request, a hint that says "deprecated" deprecates the
         * operation; under a heading, one that says "not exhaustive" opens the enum listed there.
         */
        private int hint(int open, boolean aboveRequest, int heading) {
            int close = open + 1;
            List<String> body = new ArrayList<>();
            while (close <= end && !HINT_CLOSE.matcher(text.line(close)).matches()) {
                if (!text.isBlank(close)) {
                    body.add(CellText.plain(text.line(close)));
                }
                close++;
            }
            String said = String.join(" ", body);
            if (close > end) {
                notes.add(new ReadingNote(open, "hint block is never closed; read to the end of the section"));
            }
            if (aboveRequest && DEPRECATED.matcher(said).find()) {
                op.deprecation = said;
            } else if (heading != 0 && NOT_EXHAUSTIVE.matcher(said).find()) {
                notExhaustive = open;
            }
            return Math.min(close, end);
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
            while (last + 1 <= end && text.line(last + 1).startsWith("|")) {
                last++;
            }
            if (!header.contains("property")) {
                // Not a property table (an index page lists operations in tables): nothing to read.
                notes.add(new ReadingNote(headerLine, "table without a 'Property' column is not a property table"));
                return last;
            }
            List<String> missing =
                    COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                context.findings()
                        .add(Finding.warning(
                                context.fileName(),
                                headerLine,
                                "missing-column",
                                "property table has no " + String.join(", ", missing)
                                        + " column; those cells read as empty"));
            }
            List<DocumentedProperty> properties = new ArrayList<>();
            for (int n = headerLine + 1; n <= last; n++) {
                if (SEPARATOR_ROW.matcher(text.line(n)).matches()) {
                    continue;
                }
                List<String> row = cells(text.raw(n));
                String contract = column(row, header, "contract");
                String rawName = rawColumn(row, header, "property");
                String description = column(row, header, "description");
                int deprecatedAt = description.indexOf("Deprecated!");
                properties.add(new DocumentedProperty(
                        CellText.plain(rawName),
                        column(row, header, "type"),
                        "",
                        contract,
                        ContractText.presenceOf(contract),
                        false,
                        ContractText.ofTableContract(contract),
                        description,
                        n,
                        CellText.firstLinkTarget(rawColumn(row, header, "type")),
                        CellText.struckThrough(rawName) || deprecatedAt >= 0,
                        deprecatedAt >= 0
                                ? description
                                        .substring(deprecatedAt + "Deprecated!".length())
                                        .strip()
                                : ""));
            }
            if (heading != 0) {
                currentHeadingHolds(DocumentHeading.Holds.TABLE);
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
            return CellText.plain(rawColumn(row, header, name));
        }

        private static String rawColumn(List<String> row, List<String> header, String name) {
            int index = header.indexOf(name);
            return index >= 0 && index < row.size() ? row.get(index) : "";
        }
    }
}
