/**
 * Decisions as data: the hand decisions that the rules alone do not produce, recorded with reason and sources,
 * applied to a draft.
 */
@NullMarked
package io.mewscontract.docstospec.decisions;

import org.jspecify.annotations.NullMarked;
