/**
 * The Maven plugin: goal {@code mews-codegen:generate}. The Mojo adapts its parameters into the core's
 * {@link io.mewscontract.codegen.GenerationRequest} and hands it to the incremental runner; it has no generation
 * logic of its own. Stages: {@code spec} (find the spec file), {@code incremental} (fingerprint, skip or run).
 */
@NullMarked
package io.mewscontract.codegen.maven;

import org.jspecify.annotations.NullMarked;
