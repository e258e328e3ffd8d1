package io.mewscontract.docs;

import java.util.regex.Pattern;

/** Tells the rendering of a document from its content alone; file names carry no meaning. */
final class RenderingDetector {
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+\\S.*");
    private static final Pattern MARKDOWN_BLOCK = Pattern.compile("^(\\||```).*");
    private static final Pattern HTTP_METHOD = Pattern.compile("^(GET|POST|PUT|PATCH|DELETE)$");

    private RenderingDetector() {}

    static Rendering detect(String fileName, DocumentText text) {
        boolean heading = false;
        boolean markdownBlock = false;
        boolean referenceOperation = false;
        boolean gitBookPath = false;
        boolean gitBookTable = false;
        for (int n = 1; n <= text.size(); n++) {
            String line = text.line(n);
            heading |= MARKDOWN_HEADING.matcher(text.raw(n)).matches();
            markdownBlock |= MARKDOWN_BLOCK.matcher(text.raw(n)).matches();
            referenceOperation |= HTTP_METHOD.matcher(line).matches()
                    && text.hasText(n + 1)
                    && text.line(n + 1).startsWith("/api/");
            gitBookPath |= GitBookExportParser.isPathLine(line);
            gitBookTable |= line.equals("Property") && GitBookExportParser.isTableHeader(text, n);
            if (heading && markdownBlock) {
                return Rendering.MARKDOWN; // decided: no need to read the rest of a long page
            }
        }
        if (heading && markdownBlock) {
            return Rendering.MARKDOWN;
        }
        if (referenceOperation) {
            return Rendering.OPENAPI_REFERENCE;
        }
        if (gitBookPath || gitBookTable) {
            return Rendering.GITBOOK_EXPORT;
        }
        throw new DocumentFormatException(fileName + ": not a Connector API document in a known rendering: found"
                + " no markdown headings with tables or code blocks, no 'POST' line followed by an /api/ path,"
                + " and no '[PlatformAddress]/api/...' line");
    }
}
