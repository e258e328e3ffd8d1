package io.mewscontract.docs;

/** The three renderings of the Connector API documentation that {@link DocumentReader} understands. */
public enum Rendering {
    /**
     * Text export of a GitBook page: table cells one per line, examples as raw JSON after the
     * {@code [PlatformAddress]/api/...} line. The export drops every link text, so cells that held a
     * link come out empty or with a hole, and the dropped texts appear as orphan lines at the page end.
     */
    GITBOOK_EXPORT,

    /**
     * Text of a reference page rendered from an OpenAPI file: {@code POST} and the path, then each
     * schema as a flat list of "name / required / description / type / constraints / nullable",
     * with nested schemas introduced by their title followed by a line {@code object}.
     */
    OPENAPI_REFERENCE,

    /** The markdown source of the documentation: {@code ##} operations, pipe tables, fenced examples. */
    MARKDOWN
}
