package io.mewscontract.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads the text export of a GitBook page ({@link Rendering#GITBOOK_EXPORT}).
 *
 * <p>The export writes every table cell on its own line, with or without blank lines between
 * cells, and drops every cell whose whole content was a link: a property row is therefore
 * "name, [type], contract, [description]". A row is recognised by its contract cell (it starts with
 * {@code required} or {@code optional}), which is what keeps a lost type cell from shifting the
 * contract into the type. The dropped texts end up after the last section; they are exposed as
 * orphan lines and never read as facts.
 */
final class GitBookExportParser implements RenderingParser {
    private static final Pattern PATH = Pattern.compile("^\\[PlatformAddress\\](/api/\\S+)$");
    private static final List<String> HEADER = List.of("Property", "Type", "Contract", "Description");
    private static final Pattern NOT_EXHAUSTIVE = Pattern.compile("(?i)\\bnot\\s+exhaustive\\b");
    private static final Pattern DEPRECATED = Pattern.compile("(?i)\\bdeprecated\\b");
    private static final Pattern PROPERTY_NAME = Pattern.compile("^[A-Za-z][A-Za-z0-9_.]*$");
    /** Page furniture GitBook prints around the content; never a fact, never an orphan. */
    private static final List<Pattern> PAGE_CHROME = List.of(
            Pattern.compile("^Previous.*Next.*$"),
            Pattern.compile("^Last updated\\b.*$"),
            Pattern.compile("^Was this helpful\\?$"));

    @Override
    public Rendering rendering() {
        return Rendering.GITBOOK_EXPORT;
    }

    static boolean isPathLine(String strippedLine) {
        return PATH.matcher(strippedLine).matches();
    }

    /** Whether the four header cells of a property table start at line {@code n}. */
    static boolean isTableHeader(DocumentText text, int n) {
        int line = n;
        for (String cell : HEADER) {
            if (line > text.size() || !text.line(line).equals(cell)) {
                return false;
            }
            line = text.nextNonBlank(line + 1);
        }
        return true;
    }

    @Override
    public SourceDocument parse(String fileName, DocumentText text, ExampleEvidence evidence) {
        List<SectionStart> starts = new ArrayList<>();
        int floor = 0;
        for (int n = 1; n <= text.size(); n++) {
            if (isPathLine(text.line(n))) {
                starts.add(SectionStart.locate(text, n, floor));
                floor = n;
            }
        }
        Walk walk = new Walk(text);
        List<DocumentedOperation> operations = new ArrayList<>();
        List<PropertyTable> objects = new ArrayList<>();
        if (starts.isEmpty()) {
            // A shared objects page: tables and lists under their names, no endpoint.
            OperationDraft page = new OperationDraft("", 1);
            walk.body(page, 1, text.size());
            page.tables.forEach(t -> objects.add(
                    t.role() == TableRole.OBJECT
                            ? t
                            : new PropertyTable(
                                    TableRole.OBJECT, "", t.properties(), t.line(), "", OptionalInt.empty())));
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1).titleLine() - 1 : text.size();
            operations.add(walk.section(starts.get(i), end));
        }
        List<SourceLine> orphans = new ArrayList<>();
        for (int n = walk.lastConsumed + 1; n <= text.size(); n++) {
            if (!text.isBlank(n) && !isChrome(text.line(n))) {
                orphans.add(new SourceLine(n, text.line(n)));
            }
        }
        return new SourceDocument(
                fileName,
                rendering(),
                TypeReferences.link(operations, walk.enums),
                walk.enums,
                orphans,
                List.of(),
                TypeReferences.linkObjects(objects, walk.enums),
                List.of(),
                List.of());
    }

    private static boolean isChrome(String line) {
        return PAGE_CHROME.stream().anyMatch(p -> p.matcher(line).matches());
    }

    /**
     * Where an operation's section starts. The title is found by walking back from the
     * {@code Request} marker over the description, whose lines end with a full stop; the title does not.
     */
    private record SectionStart(int titleLine, String title, List<String> description, int pathLine) {
        static SectionStart locate(DocumentText text, int pathLine, int floor) {
            int marker = text.previousNonBlank(pathLine - 1);
            int cursor = marker > floor && text.line(marker).equals("Request") ? marker : pathLine;
            List<String> description = new ArrayList<>();
            int n = text.previousNonBlank(cursor - 1);
            while (n > floor && text.line(n).endsWith(".")) {
                description.add(0, text.line(n));
                n = text.previousNonBlank(n - 1);
            }
            if (n <= floor) {
                return new SectionStart(cursor, "", description, pathLine);
            }
            return new SectionStart(n, text.line(n), description, pathLine);
        }
    }

    /** A recognised row's cells: the type line (0 when the cell was lost) and the contract line. */
    private record RowHead(int typeLine, int contractLine) {}

    /** One pass over the document's sections, remembering how far the recognised content reaches. */
    private static final class Walk {
        private final DocumentText text;
        private final List<DocumentedEnum> enums = new ArrayList<>();
        private int lastConsumed;

        Walk(DocumentText text) {
            this.text = text;
        }

        private void consumed(int line) {
            lastConsumed = Math.max(lastConsumed, line);
        }

        DocumentedOperation section(SectionStart start, int end) {
            OperationDraft op = new OperationDraft(start.title(), start.titleLine());
            var path = PATH.matcher(text.line(start.pathLine()));
            op.path = path.matches() ? path.group(1) : "";
            op.description.addAll(start.description());
            // The export prints a deprecation hint as a paragraph above the request.
            start.description().stream()
                    .filter(d -> DEPRECATED.matcher(d).find())
                    .findFirst()
                    .ifPresent(d -> op.deprecation = d);
            consumed(start.pathLine());
            body(op, start.pathLine() + 1, end);
            return op.build();
        }

        /** Reads lines {@code from..end} of a section into {@code op}: markers, tables, examples, lists. */
        void body(OperationDraft op, int from, int end) {
            TableRole section = TableRole.REQUEST;
            int heading = 0; // the last unrecognised line: the name of a table that follows it
            int n = from;
            while (n <= end) {
                if (text.isBlank(n)) {
                    n++;
                    continue;
                }
                String line = text.line(n);
                if (line.equals("Request") || line.equals("Response")) {
                    section = line.equals("Request") ? TableRole.REQUEST : TableRole.RESPONSE;
                    heading = 0;
                    consumed(n);
                    n++;
                } else if (isHeaderAt(n, end)) {
                    n = table(op, section, heading, n, end) + 1;
                    heading = 0;
                } else if (JsonExamples.startsExample(line)) {
                    int last = JsonExamples.endOfRawExample(
                            text,
                            n,
                            end,
                            m -> text.isBlank(m)
                                    || isHeaderAt(m, end)
                                    || text.line(m).equals("Response"));
                    op.addExample(section, JsonExamples.read(text, n, last));
                    consumed(last);
                    heading = 0;
                    n = last + 1;
                } else if (EnumBullets.headsList(text, n, end)) {
                    // The list's name may stand above an intro paragraph or note: sentences end with a full
                    // stop, names do not. A note saying the list is not exhaustive marks it open.
                    int name = n;
                    int notExhaustive = 0;
                    for (int back = 0; back < 3 && text.line(name).endsWith("."); back++) {
                        notExhaustive = NOT_EXHAUSTIVE.matcher(text.line(name)).find() ? name : notExhaustive;
                        int previous = text.previousNonBlank(name - 1);
                        if (previous <= lastConsumed || previous < 1) {
                            break;
                        }
                        name = previous;
                    }
                    EnumBullets.Parsed list =
                            EnumBullets.read(text, name, text.nextNonBlank(n + 1), text.line(name), end, notExhaustive);
                    enums.add(list.value());
                    consumed(list.lastLine());
                    heading = 0;
                    n = list.lastLine() + 1;
                } else {
                    heading = n;
                    n++;
                }
            }
        }

        /** Reads the table whose header starts at {@code headerLine}; returns its last line. */
        private int table(OperationDraft op, TableRole section, int heading, int headerLine, int end) {
            int last = headerLine;
            for (int i = 1; i < HEADER.size(); i++) {
                last = text.nextNonBlank(last + 1);
            }
            List<DocumentedProperty> properties = new ArrayList<>();
            int n = text.nextNonBlank(last + 1);
            RowHead head;
            while (n <= end && (head = rowHeadAt(n, end)) != null) {
                String contract = text.line(head.contractLine());
                int afterContract = text.nextNonBlank(head.contractLine() + 1);
                boolean described = afterContract <= end && isDescriptionCell(afterContract, end);
                String description = described ? CellText.plain(text.line(afterContract)) : "";
                int deprecatedAt = description.indexOf("Deprecated!");
                properties.add(new DocumentedProperty(
                        text.line(n),
                        head.typeLine() == 0 ? "" : CellText.plain(text.line(head.typeLine())),
                        "",
                        contract,
                        ContractText.presenceOf(contract),
                        false,
                        ContractText.ofTableContract(contract),
                        description,
                        n,
                        "",
                        deprecatedAt >= 0,
                        deprecatedAt >= 0
                                ? description
                                        .substring(deprecatedAt + "Deprecated!".length())
                                        .strip()
                                : ""));
                last = described ? afterContract : head.contractLine();
                n = text.nextNonBlank(last + 1);
            }
            consumed(last);
            boolean named = heading != 0;
            op.tables.add(new PropertyTable(
                    named ? TableRole.OBJECT : section,
                    named ? text.line(heading) : "",
                    properties,
                    named ? heading : headerLine,
                    "",
                    OptionalInt.empty()));
            return last;
        }

        /** The cells of the row whose name is at {@code n}, or null when no row starts there. */
        private RowHead rowHeadAt(int n, int end) {
            if (!PROPERTY_NAME.matcher(text.line(n)).matches() || isHeaderAt(n, end)) {
                return null;
            }
            int next = text.nextNonBlank(n + 1);
            if (next > end) {
                return null;
            }
            if (ContractText.isContractCell(text.line(next))) {
                return new RowHead(0, next);
            }
            int afterType = text.nextNonBlank(next + 1);
            return afterType <= end && ContractText.isContractCell(text.line(afterType))
                    ? new RowHead(next, afterType)
                    : null;
        }

        /**
         * Whether the line after a contract cell is that row's description. The description cell is
         * optional (the export drops it when it held a link), so the line is a description only when
         * it is nothing else: not the next row, not the heading of the next table, not a section
         * marker, list, example or page furniture.
         */
        private boolean isDescriptionCell(int n, int end) {
            String line = text.line(n);
            int next = text.nextNonBlank(n + 1);
            return rowHeadAt(n, end) == null
                    && !line.equals("Request")
                    && !line.equals("Response")
                    && !isHeaderAt(n, end)
                    && !(next <= end && isHeaderAt(next, end))
                    && !EnumBullets.isBullet(text.raw(n))
                    && !EnumBullets.headsList(text, n, end)
                    && !JsonExamples.startsExample(line)
                    && !isChrome(line);
        }

        /** Whether the four header cells {@code Property Type Contract Description} start at {@code n}. */
        private boolean isHeaderAt(int n, int end) {
            int line = n;
            for (String cell : HEADER) {
                if (line > end || !text.line(line).equals(cell)) {
                    return false;
                }
                line = text.nextNonBlank(line + 1);
            }
            return true;
        }
    }
}
