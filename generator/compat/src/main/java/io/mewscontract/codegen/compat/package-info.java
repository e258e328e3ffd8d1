/**
 * Spec evolution: what a change between two versions of a spec does to deployed clients, deployed servers and
 * the generated Java API, the semantic-version bump it needs, and the changelog that tells users.
 */
@NullMarked
package io.mewscontract.codegen.compat;

import org.jspecify.annotations.NullMarked;
