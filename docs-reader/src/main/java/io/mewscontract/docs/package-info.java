/**
 * Reads one Mews Connector API document and extracts, per operation, the facts it states: the
 * operation path, its JSON examples, its property tables and the enums it lists.
 *
 * <p>Entry point: {@link io.mewscontract.docs.DocumentReader}. The result is a tree of immutable
 * records rooted at {@link io.mewscontract.docs.SourceDocument}. Three renderings of the same
 * documentation are understood ({@link io.mewscontract.docs.Rendering}); each has one parser class
 * behind the package-private {@code RenderingParser} interface, and all of them produce the same
 * records, so a consumer never needs to know which rendering a fact came from.
 *
 * <p>The reader reports what a document says, including its defects: a JSON example that does not
 * parse is kept with its error position, a type cell whose link text was dropped by the export is
 * kept as an empty type, and text that the GitBook export moved to the end of the page is exposed as
 * {@link io.mewscontract.docs.SourceDocument#orphanLines()}. It never consults the curated spec.
 */
package io.mewscontract.docs;
