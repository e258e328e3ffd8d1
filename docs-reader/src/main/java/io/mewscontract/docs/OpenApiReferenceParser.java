package io.mewscontract.docs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a reference page rendered from an OpenAPI file ({@link Rendering#OPENAPI_REFERENCE}).
 *
 * <p>Layout of one operation: title, {@code POST}, path, description; then the request schema and
 * each response schema. A schema starts with its title followed by a line {@code object}; a
 * response schema is preceded by its response's paragraph ({@code OK}, {@code Error caused by...}).
 * Each property is a run of lines: name, {@code required}?, description paragraph?, type?,
 * constraint lines ({@code >= 1 characters})?, {@code nullable}?; a nested schema's title appears
 * before the type of an object property, or after the {@code Array<object>} type of an array.
 * Description paragraphs are set off by blank lines; structure lines are not.
 *
 * <p>This class only lexes the page; {@link ReferenceNesting} decides which schema each property
 * belongs to.
 */
final class OpenApiReferenceParser implements RenderingParser {
    private static final Pattern METHOD = Pattern.compile("^(GET|POST|PUT|PATCH|DELETE)$");
    private static final Pattern TYPE =
            Pattern.compile("^(string|number|integer|boolean|object|array|null|Array<[^>]+>)(\\s+format:\\s*\\S+)?$");
    private static final String OBJECT = "object";
    private static final String ARRAY_OF_OBJECTS = "Array<object>";

    @Override
    public Rendering rendering() {
        return Rendering.OPENAPI_REFERENCE;
    }

    @Override
    public SourceDocument parse(String fileName, DocumentText text, ExampleEvidence evidence) {
        List<Integer> methodLines = new ArrayList<>();
        for (int n = 1; n <= text.size(); n++) {
            if (METHOD.matcher(text.line(n)).matches()
                    && text.hasText(n + 1)
                    && text.line(n + 1).startsWith("/api/")) {
                methodLines.add(n);
            }
        }
        List<ReadingNote> notes = new ArrayList<>();
        List<DocumentedOperation> operations = new ArrayList<>();
        for (int i = 0; i < methodLines.size(); i++) {
            int end = i + 1 < methodLines.size() ? titleLineOf(text, methodLines.get(i + 1)) - 1 : text.size();
            operations.add(new SectionLexer(text, methodLines.get(i), end, notes).read(evidence));
        }
        return new SourceDocument(
                fileName, rendering(), TypeReferences.link(operations, List.of()), List.of(), List.of(), notes);
    }

    private static int titleLineOf(DocumentText text, int methodLine) {
        int title = text.previousNonBlank(methodLine - 1);
        return title >= 1 ? title : methodLine;
    }

    private static boolean isType(String line) {
        return TYPE.matcher(line).matches();
    }

    /** Reads one operation's lines into schemas, then hands each schema to {@link ReferenceNesting}. */
    private static final class SectionLexer {
        private final DocumentText text;
        private final int methodLine;
        private final int end;
        private final List<ReadingNote> notes;
        private final OperationDraft op;
        private final List<ReferenceSchema> schemas = new ArrayList<>();
        private ReferenceSchema schema;
        private ReferenceSchema.Entry entry;
        private String responseDescription = "";

        SectionLexer(DocumentText text, int methodLine, int end, List<ReadingNote> notes) {
            this.text = text;
            this.methodLine = methodLine;
            this.end = end;
            this.notes = notes;
            int titleLine = titleLineOf(text, methodLine);
            this.op = new OperationDraft(titleLine == methodLine ? "" : text.line(titleLine), titleLine);
            this.op.path = text.line(methodLine + 1);
        }

        DocumentedOperation read(ExampleEvidence evidence) {
            int n = methodLine + 2;
            while (n <= end) {
                if (text.isBlank(n)) {
                    n++;
                } else if (text.isBlank(n - 1) && isParagraph(n)) {
                    n = paragraph(n) + 1;
                } else {
                    n = token(n) + 1;
                }
            }
            for (ReferenceSchema s : schemas) {
                s.examples.forEach(example -> op.addExample(s.role, example));
                List<JsonNode> shapes = new ArrayList<>(evidence.examples(op.path, s.role));
                s.examples.forEach(example -> example.json().ifPresent(shapes::add));
                op.tables.addAll(ReferenceNesting.tables(s, shapes, notes));
            }
            return op.build();
        }

        /** The last line of the block of non-blank lines starting at {@code n}. */
        private int blockEnd(int n) {
            int last = n;
            while (last + 1 <= end && !text.isBlank(last + 1)) {
                last++;
            }
            return last;
        }

        /**
         * Whether the block starting at {@code n} is prose (a description) rather than structure.
         * Structure starts with a marker, a type, an example or a schema title; a block of several
         * lines that starts with a bare name is structure too (a property name followed by its type).
         */
        private boolean isParagraph(int n) {
            String first = text.line(n);
            if (isStructural(n)) {
                return false;
            }
            return (entry != null && entry.acceptsDescription()) || first.contains(" ") || blockEnd(n) == n;
        }

        private boolean isStructural(int n) {
            String line = text.line(n);
            return line.equals("required")
                    || line.equals("nullable")
                    || line.equals("Example")
                    || ContractText.isReferenceConstraint(line)
                    || isType(line)
                    || titleFollows(n);
        }

        /** Whether the line after {@code n} is {@code object}, making {@code n} a schema title. */
        private boolean titleFollows(int n) {
            return n + 1 <= end && text.line(n + 1).equals(OBJECT);
        }

        /** Reads the prose block at {@code n}; returns its last line. */
        private int paragraph(int n) {
            int last = blockEnd(n);
            List<String> lines = new ArrayList<>();
            for (int i = n; i <= last; i++) {
                lines.add(text.line(i));
            }
            String prose = String.join(" ", lines);
            if (entry != null && entry.acceptsDescription()) {
                entry.description = prose;
            } else if (schemas.isEmpty()) {
                op.description.add(prose);
            } else {
                // A paragraph after a schema's last property introduces the next response.
                responseDescription = prose;
                entry = null;
            }
            return last;
        }

        /** Reads the structure line at {@code n}; returns the last line it used. */
        private int token(int n) {
            String line = text.line(n);
            if (line.equals("Example")) {
                return example(n);
            }
            if (line.equals("required") || line.equals("nullable") || ContractText.isReferenceConstraint(line)) {
                marker(n, line);
                return n;
            }
            if (isType(line)) {
                if (entry != null) {
                    entry.type = line;
                    if (line.equals(OBJECT) && entry.pendingTitle != null) {
                        entry.opens(entry.pendingTitle, entry.pendingTitleLine, false);
                    }
                }
                return n;
            }
            return nameOrTitle(n, line);
        }

        private void marker(int n, String line) {
            if (entry == null) {
                notes.add(new ReadingNote(n, "'" + line + "' follows no property; ignored"));
                return;
            }
            entry.markers.add(line);
            switch (line) {
                case "required" -> entry.required = true;
                case "nullable" -> entry.nullable = true;
                default -> entry.constraintLines.add(line);
            }
        }

        private int nameOrTitle(int n, String line) {
            if (titleFollows(n)) {
                if (entry != null && ARRAY_OF_OBJECTS.equals(entry.type) && entry.objectTitle == null) {
                    entry.opens(line, n, true);
                } else if (entry != null && entry.acceptsTitle()) {
                    entry.type = OBJECT;
                    entry.opens(line, n, false);
                } else {
                    TableRole role = schemas.isEmpty() ? TableRole.REQUEST : TableRole.RESPONSE;
                    schema = new ReferenceSchema(line, n, role, role == TableRole.RESPONSE ? responseDescription : "");
                    schemas.add(schema);
                    responseDescription = "";
                    entry = null;
                }
                return n + 1;
            }
            if (entry != null && entry.acceptsTitle() && objectAfterParagraph(n)) {
                entry.pendingTitle = line;
                entry.pendingTitleLine = n;
                return n;
            }
            if (schema == null) {
                notes.add(new ReadingNote(
                        n,
                        "property '" + line + "' appears before any schema title;"
                                + " read into an unnamed request schema"));
                schema = new ReferenceSchema("", n, TableRole.REQUEST, "");
                schemas.add(schema);
            }
            entry = new ReferenceSchema.Entry(line, n);
            schema.properties.add(entry);
            return n;
        }

        /**
         * Whether {@code n} is a schema title shown before a description and then {@code object}:
         * {@code Breakdown / required / Tax breakdown / (description) / object}.
         */
        private boolean objectAfterParagraph(int n) {
            if (n + 1 > end || !text.isBlank(n + 1)) {
                return false;
            }
            int paragraph = text.nextNonBlank(n + 1);
            if (paragraph > end || isStructural(paragraph)) {
                return false;
            }
            int after = text.nextNonBlank(blockEnd(paragraph) + 1);
            return after <= end && text.line(after).equals(OBJECT);
        }

        /** Reads the example after the {@code Example} line at {@code n}; returns its last line. */
        private int example(int n) {
            int first = text.nextNonBlank(n + 1);
            if (first > end || !JsonExamples.startsExample(text.line(first))) {
                notes.add(new ReadingNote(n, "'Example' is not followed by JSON"));
                return n;
            }
            int last = JsonExamples.endOfRawExample(text, first, end, text::isBlank);
            if (schema == null) {
                notes.add(new ReadingNote(first, "example before any schema; read as a request example"));
                op.requestExamples.add(JsonExamples.read(text, first, last));
            } else {
                schema.examples.add(JsonExamples.read(text, first, last));
            }
            entry = null;
            return last;
        }
    }
}
