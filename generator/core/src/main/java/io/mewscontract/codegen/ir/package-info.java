/**
 * The intermediate model: our own immutable description of the API, built once from the spec by
 * {@link io.mewscontract.codegen.load.SpecLoader} and read by every emitter.
 *
 * <p>No swagger-parser and no JavaPoet types appear here. Facts are decided once, here: whether a property is
 * required and whether it is nullable (two separate facts), which Java name everything gets, which types keep
 * unknown properties, get a builder or a validator, and which traits an operation has. Emitters only
 * translate these facts into code; they never re-derive them from the spec.
 */
@NullMarked
package io.mewscontract.codegen.ir;

import org.jspecify.annotations.NullMarked;
