/**
 * A synthetic corpus of Connector API pages shaped like the real documentation (markdown rendering, a
 * shared objects page, an index page, every form of CONNECTOR-DOC-FORMS.md), with invented names, for
 * benchmarks of draft and drift and for drift tests that need many pages.
 */
@NullMarked
package io.mewscontract.docstospec.corpus;

import org.jspecify.annotations.NullMarked;
