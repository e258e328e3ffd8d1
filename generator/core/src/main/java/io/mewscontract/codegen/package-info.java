/**
 * The generator's public API: {@link io.mewscontract.codegen.CodeGenerator#generate} takes a
 * {@link io.mewscontract.codegen.GenerationRequest} and returns a {@link io.mewscontract.codegen.GenerationResult}.
 * Callers (the CLI, a Maven plugin) own the console and the exit code; the core neither prints nor exits.
 *
 * <p>Stages, a package each: {@code load} (spec → model, the only code that sees swagger-parser), {@code ir}
 * (the model), {@code naming}, {@code emit} (model → JavaPoet files), {@code write} (incremental output).
 */
@NullMarked
package io.mewscontract.codegen;

import org.jspecify.annotations.NullMarked;
