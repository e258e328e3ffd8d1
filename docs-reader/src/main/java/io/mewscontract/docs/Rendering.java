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
     *
     * <p>001 of the five documents shows these forms: {@code string format: uuid}, {@code number format:
     * double}, {@code Array<object>} followed by the items' title and {@code object}, constraint lines
     * ({@code >= 1 characters}, {@code >= 1 items <= 1000 items}), {@code nullable}, {@code Example} and raw
     * JSON, response paragraphs ({@code OK}). For the forms it does not show, the reader assumes what a renderer
     * of an OpenAPI file prints (our assumption, documented in {@code docs/docs-to-spec.md}):
     * <ul>
     *   <li>enum: the title before the type (as an object's title), the type, its markers, then
     *       {@code Allowed values:} (or {@code Enum}, {@code Possible values}) with the values quoted on that
     *       line or one a line ({@code "Draft" - Being prepared.}, the description after {@code -}); a
     *       description saying "not exhaustive" is the list's open-enum note;
     *   <li>map: {@code object} followed by {@code Additional properties: string} (any type line), its title
     *       ({@code Localized text}) before {@code object} as for objects, but opening no nested schema;
     *   <li>{@code oneOf}: {@code One of} (or {@code Any of}) after the property's {@code object}, then each
     *       alternative's title and {@code object} and its properties;
     *   <li>deprecated property: a marker line {@code deprecated} (like {@code nullable}); the description's
     *       {@code Deprecated! Use X instead.} names the replacement;
     *   <li>deprecated operation: a line {@code Deprecated} after the path; the description paragraph that says
     *       "deprecated" is the hint (it names the replacement);
     *   <li>hybrid identifier: {@code string format: hybrid-id};
     *   <li>limits: {@code <= 500 characters}, {@code <= 1000 items}; an interval's limit, which OpenAPI has no
     *       keyword for, as the description's last sentence {@code Max length 3 months.};
     *   <li>a {@code {}} response: {@code OK} and {@code Example} with {@code {}} and no schema;
     *   <li>versioned paths and update values need no form of their own (the path as written; a titled
     *       {@code ... update value} object with one {@code Value}).
     * </ul>
     */
    OPENAPI_REFERENCE,

    /** The markdown source of the documentation: {@code ##} operations, pipe tables, fenced examples. */
    MARKDOWN
}
