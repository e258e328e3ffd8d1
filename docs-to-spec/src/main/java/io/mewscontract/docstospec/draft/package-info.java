/**
 * Drafting: turns what docs-reader read from any set of pages into an OpenAPI draft, one named reconciliation
 * rule at a time, each decision carrying its evidence (document, line, rule).
 */
@NullMarked
package io.mewscontract.docstospec.draft;

import org.jspecify.annotations.NullMarked;
