/**
 * The Java comparison: both specs' generated code compiled in memory ({@code javax.tools}) against the runtime,
 * jarred, and compared by japicmp; its findings are classified against the compatibility contract of generated
 * code (see {@link io.mewscontract.codegen.compat.java.JavaApiComparison}).
 */
@NullMarked
package io.mewscontract.codegen.compat.java;

import org.jspecify.annotations.NullMarked;
