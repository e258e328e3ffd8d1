package io.mewscontract.docs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one operation of a reference page ({@link OpenApiReferenceParser}) into schemas, then hands each schema
 * to {@link ReferenceNesting}. Lines are either prose (description paragraphs, set off by blank lines) or
 * structure (names, titles, types, markers, enum values, examples).
 */
final class ReferenceSectionLexer {
    private static final String OBJECT = "object";
    private static final String ARRAY_OF_OBJECTS = "Array<object>";

    /** What the lexers of one page collect beside the operations. */
    static final class Output {
        final String fileName;
        final List<ReadingNote> notes = new ArrayList<>();
        final List<DocumentedEnum> enums = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();

        Output(String fileName) {
            this.fileName = fileName;
        }
    }

    private final DocumentText text;
    private final ReferenceLookahead ahead;
    private final int methodLine;
    private final int end;
    private final Output out;
    private final OperationDraft op;
    private final List<ReferenceSchema> schemas = new ArrayList<>();
    private boolean deprecated;
    private ReferenceSchema schema;
    private ReferenceSchema.Entry entry;
    /** The property after whose {@code One of} the alternatives' titles come, until the schema ends. */
    private ReferenceSchema.Entry union;

    private String responseDescription = "";

    ReferenceSectionLexer(DocumentText text, int methodLine, int end, Output out) {
        this.text = text;
        this.ahead = new ReferenceLookahead(text, end);
        this.methodLine = methodLine;
        this.end = end;
        this.out = out;
        int titleLine = OpenApiReferenceParser.titleLineOf(text, methodLine);
        this.op = new OperationDraft(titleLine == methodLine ? "" : text.line(titleLine), titleLine);
        this.op.path = text.line(methodLine + 1);
    }

    DocumentedOperation read(ExampleEvidence evidence) {
        int n = methodLine + 2;
        if (n <= end && ReferenceLines.isDeprecatedBadge(text.line(n))) {
            deprecated = true;
            n++;
        }
        while (n <= end) {
            if (text.isBlank(n)) {
                n++;
            } else if (text.isBlank(n - 1) && isParagraph(n)) {
                n = paragraph(n) + 1;
            } else {
                n = token(n) + 1;
            }
        }
        if (deprecated) {
            // The file's description says why and what replaces it; the badge alone says only that.
            String hint = op.description.stream()
                    .filter(p -> p.toLowerCase(Locale.ROOT).contains("deprecated"))
                    .findFirst()
                    .orElse("This operation is deprecated.");
            op.description.remove(hint);
            op.deprecation = hint;
        }
        for (ReferenceSchema s : schemas) {
            s.examples.forEach(example -> op.addExample(s.role, example));
            List<JsonNode> shapes = new ArrayList<>(evidence.examples(op.path, s.role));
            s.examples.forEach(example -> example.json().ifPresent(shapes::add));
            op.tables.addAll(ReferenceNesting.tables(s, shapes, out.notes));
            collectEnums(s);
            boolean ok = ResponseStatusPhrases.infer(s.responseDescription).equals(java.util.OptionalInt.of(200));
            if (s.role == TableRole.REQUEST || ok) {
                reportMissingTypes(s); // the request and the OK response; the error body is MEWS-API-FACTS' business
            }
        }
        return op.build();
    }

    private void collectEnums(ReferenceSchema s) {
        for (ReferenceSchema.Entry e : s.properties) {
            if (e.enumValues == null) {
                continue;
            }
            String name = e.enumTitle != null ? e.enumTitle : e.name;
            if (e.enumTitle == null) {
                out.notes.add(new ReadingNote(
                        e.line, "the values of '" + e.name + "' have no title; the enum is named after the property"));
            }
            int notExhaustive =
                    e.description != null && ReferenceLines.saysNotExhaustive(e.description) ? e.descriptionLine : 0;
            out.enums.add(new DocumentedEnum(
                    name, e.enumValues, false, e.enumTitle != null ? e.enumTitleLine : e.line, notExhaustive));
        }
    }

    private void reportMissingTypes(ReferenceSchema s) {
        for (ReferenceSchema.Entry e : s.properties) {
            if (e.variantOf == null && e.typeMissing()) {
                out.findings.add(Finding.warning(
                        out.fileName,
                        e.line,
                        "missing-type",
                        "property '" + e.name + "' of '" + s.title + "' shows no type; the examples decide it"));
            }
        }
    }

    /**
     * Whether the block starting at {@code n} is prose (a description) rather than structure.
     * Structure starts with a marker, a type, an example or a schema title; a block of several
     * lines that starts with a bare name is structure too (a property name followed by its type).
     */
    private boolean isParagraph(int n) {
        String first = text.line(n);
        if (ahead.isStructural(n)) {
            return false;
        }
        return (entry != null && entry.acceptsDescription()) || first.contains(" ") || ahead.blockEnd(n) == n;
    }

    /** Reads the prose block at {@code n}; returns its last line. */
    private int paragraph(int n) {
        int last = ahead.blockEnd(n);
        List<String> lines = new ArrayList<>();
        for (int i = n; i <= last; i++) {
            lines.add(text.line(i));
        }
        String prose = String.join(" ", lines);
        if (entry != null && entry.acceptsDescription()) {
            entry.description = prose;
            entry.descriptionLine = n;
        } else if (schemas.isEmpty()) {
            op.description.add(prose);
        } else {
            // A paragraph after a schema's last property introduces the next response.
            responseDescription = prose;
            entry = null;
            union = null;
        }
        return last;
    }

    /** Reads the structure line at {@code n}; returns the last line it used. */
    private int token(int n) {
        String line = text.line(n);
        if (line.equals("Example")) {
            return example(n);
        }
        if (ReferenceLookahead.isMarker(line)) {
            marker(n, line);
            return n;
        }
        if (ReferenceLines.isEnumStart(line)) {
            return enumValues(n);
        }
        if (ReferenceLines.additionalProperties(line).isPresent()) {
            if (entry == null) {
                out.notes.add(new ReadingNote(n, "'" + line + "' follows no property; ignored"));
            } else {
                entry.additionalProperties =
                        ReferenceLines.additionalProperties(line).orElseThrow();
            }
            return n;
        }
        if (ReferenceLines.isUnionStart(line)) {
            union = entry;
            return n;
        }
        if (OpenApiReferenceParser.isType(line)) {
            if (entry != null) {
                entry.type = line;
                if (line.equals(OBJECT) && entry.pendingTitle != null) {
                    if (ahead.mapFollows(n)) {
                        entry.mapTitle = entry.pendingTitle;
                    } else {
                        entry.opens(entry.pendingTitle, entry.pendingTitleLine, false);
                    }
                }
            }
            return n;
        }
        return nameOrTitle(n, line);
    }

    private void marker(int n, String line) {
        if (entry == null) {
            out.notes.add(new ReadingNote(n, "'" + line + "' follows no property; ignored"));
            return;
        }
        entry.markers.add(line);
        switch (line) {
            case "required" -> entry.required = true;
            case "nullable" -> entry.nullable = true;
            case "deprecated" -> entry.deprecated = true;
            default -> entry.constraintLines.add(line);
        }
    }

    /** Reads {@code Allowed values:} and the value lines after it; returns the last line. */
    private int enumValues(int n) {
        List<EnumValue> values = new ArrayList<>(ReferenceLines.inlineValues(text.line(n), n));
        int last = n;
        while (last + 1 <= end && ReferenceLines.isEnumValue(text.line(last + 1))) {
            last++;
            int at = last;
            ReferenceLines.value(text.line(at), at)
                    .ifPresentOrElse(
                            values::add,
                            () -> out.findings.add(Finding.warning(
                                    out.fileName,
                                    at,
                                    "empty-enum",
                                    "an enum value whose quote never closes; not read")));
        }
        if (entry == null) {
            out.notes.add(new ReadingNote(n, "'" + text.line(n) + "' follows no property; ignored"));
        } else {
            entry.enumValues = values;
        }
        return last;
    }

    private int nameOrTitle(int n, String line) {
        if (ahead.titleFollows(n)) {
            if (entry != null && ARRAY_OF_OBJECTS.equals(entry.type) && entry.objectTitle == null) {
                entry.opens(line, n, true);
            } else if (entry != null && entry.acceptsTitle()) {
                entry.type = OBJECT;
                if (ahead.mapFollows(n + 1)) {
                    entry.mapTitle = line;
                } else {
                    entry.opens(line, n, false);
                }
            } else if (union != null) {
                schema.properties.add(ReferenceSchema.Entry.variant(line, n, union));
                entry = null;
            } else {
                TableRole role = schemas.isEmpty() ? TableRole.REQUEST : TableRole.RESPONSE;
                schema = new ReferenceSchema(line, n, role, role == TableRole.RESPONSE ? responseDescription : "");
                schemas.add(schema);
                responseDescription = "";
                entry = null;
                union = null;
            }
            return n + 1;
        }
        if (entry != null && entry.acceptsTitle() && ahead.enumTitleAt(n)) {
            entry.enumTitle = line;
            entry.enumTitleLine = n;
            return n;
        }
        if (entry != null && entry.acceptsTitle() && ahead.objectAfterParagraph(n)) {
            entry.pendingTitle = line;
            entry.pendingTitleLine = n;
            return n;
        }
        if (schema == null) {
            out.notes.add(new ReadingNote(
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
     * Reads the example after the {@code Example} line at {@code n}; returns its last line. An example after a
     * response's paragraph but before any schema of its own is that response's ({@code OK}, then {@code {}}).
     */
    private int example(int n) {
        int first = text.nextNonBlank(n + 1);
        if (first > end || !JsonExamples.startsExample(text.line(first))) {
            out.findings.add(
                    Finding.warning(out.fileName, n, "invalid-example", "'Example' is not followed by a JSON example"));
            return n;
        }
        int last = JsonExamples.endOfRawExample(text, first, end, text::isBlank);
        JsonExample example = JsonExamples.read(text, first, last);
        if (schema == null && responseDescription.isEmpty()) {
            out.notes.add(new ReadingNote(first, "example before any schema; read as a request example"));
            op.requestExamples.add(example);
        } else if (!responseDescription.isEmpty()) {
            op.addExample(TableRole.RESPONSE, example);
        } else {
            schema.examples.add(example);
        }
        entry = null;
        union = null;
        return last;
    }
}
