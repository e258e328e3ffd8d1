package io.mewscontract.docs;

/** Reads one rendering of a document into the shared records. One implementation per {@link Rendering}. */
interface RenderingParser {

    /** The rendering this parser understands. */
    Rendering rendering();

    /**
     * Reads a document of this parser's rendering.
     *
     * @param evidence examples of the same operations from other documents; only parsers that must
     *     infer structure the rendering does not show use them
     */
    SourceDocument parse(String fileName, DocumentText text, ExampleEvidence evidence);
}
