/**
 * Emitters: one class per kind of generated artifact, each turning part of the
 * {@link io.mewscontract.codegen.ir.ApiModel} into JavaPoet {@code JavaFile}s. They read names and facts from
 * the model and never decide them; {@link io.mewscontract.codegen.emit.Layout} maps model types to Java types
 * and packages, {@link io.mewscontract.codegen.emit.Poet} holds the few helpers every emitter shares
 * ({@code @Generated}, Javadoc escaping, file assembly).
 *
 * <p>Generated packages for a base package {@code P}: {@code P.model} (records and open enums),
 * {@code P.validation} (validators), {@code P.operation} (operation descriptors, shared by client and server),
 * {@code P.client} (client interfaces, their transport-backed implementations, the client facade) and
 * {@code P.server} (service interfaces and the operation table).
 */
@NullMarked
package io.mewscontract.codegen.emit;

import org.jspecify.annotations.NullMarked;
