/**
 * Drift: what the pages say that the curated spec does not, classified, with its meaning for existing client code.
 */
@NullMarked
package io.mewscontract.docstospec.drift;

import org.jspecify.annotations.NullMarked;
