/**
 * The spec-level comparison, on the generator's own model (the IR): operations, types, properties, enum values,
 * constraints and {@code x-mews-*} traits, judged by mews-contract's conventions (open enums, liberal clients that
 * keep unknown properties, strict servers that reject them, records with builders).
 */
@NullMarked
package io.mewscontract.codegen.compat.model;

import org.jspecify.annotations.NullMarked;
