/**
 * Checks that hold an OpenAPI spec to the Connector API documents, shared by the spec module's tests, the
 * conformance suite, the sandbox's end-to-end tests and docs-drift tooling.
 *
 * <ul>
 *   <li>No reading of its own: the pages are read by docs-reader, each table row by the drafter's rules
 *       ({@code docs-to-spec}'s {@code TableRow}), the spec by {@code docs-to-spec}'s {@code SpecReading}.</li>
 *   <li>{@link io.mewscontract.conformance.checks.Reconciliation}: RECONCILIATION.md's rows; only divergence
 *       rows that name the document excuse a difference.</li>
 *   <li>{@link io.mewscontract.conformance.checks.TableConformance},
 *       {@link io.mewscontract.conformance.checks.ExampleConformance},
 *       {@link io.mewscontract.conformance.checks.EnumConformance}: a document's tables, examples and enum lists
 *       against the spec, each difference a {@link io.mewscontract.conformance.checks.Finding}.</li>
 *   <li>{@link io.mewscontract.conformance.checks.SemanticJson}: the one semantic JSON equality of round
 *       trips.</li>
 *   <li>{@link io.mewscontract.conformance.checks.SpecTrafficValidator}: HTTP requests and responses against
 *       the spec.</li>
 * </ul>
 *
 * Nothing here knows a particular spec, document set or generated code: callers pass them in.
 */
@NullMarked
package io.mewscontract.conformance.checks;

import org.jspecify.annotations.NullMarked;
