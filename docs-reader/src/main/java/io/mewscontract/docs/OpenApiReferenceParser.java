package io.mewscontract.docs;

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
 * The forms the five documents do not show (enum values, maps, {@code oneOf}, deprecation) are read as
 * {@link Rendering#OPENAPI_REFERENCE} lists them.
 *
 * <p>This class finds the operations; {@link ReferenceSectionLexer} lexes each, and {@link ReferenceNesting}
 * decides which schema each property belongs to.
 */
final class OpenApiReferenceParser implements RenderingParser {
    private static final Pattern METHOD = Pattern.compile("^(GET|POST|PUT|PATCH|DELETE)$");
    private static final Pattern TYPE =
            Pattern.compile("^(string|number|integer|boolean|object|array|null|Array<[^>]+>)(\\s+format:\\s*\\S+)?$");

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
        ReferenceSectionLexer.Output out = new ReferenceSectionLexer.Output(fileName);
        List<DocumentedOperation> operations = new ArrayList<>();
        for (int i = 0; i < methodLines.size(); i++) {
            int end = i + 1 < methodLines.size() ? titleLineOf(text, methodLines.get(i + 1)) - 1 : text.size();
            operations.add(new ReferenceSectionLexer(text, methodLines.get(i), end, out).read(evidence));
        }
        return new SourceDocument(
                fileName,
                rendering(),
                TypeReferences.link(operations, out.enums),
                out.enums,
                List.of(),
                out.notes,
                List.of(),
                List.of(),
                out.findings);
    }

    static int titleLineOf(DocumentText text, int methodLine) {
        int title = text.previousNonBlank(methodLine - 1);
        return title >= 1 ? title : methodLine;
    }

    static boolean isType(String line) {
        return TYPE.matcher(line).matches();
    }
}
