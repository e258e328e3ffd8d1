/**
 * Writes generated files incrementally: a file is written only when its bytes change, files of an earlier run
 * that this run no longer produces are deleted, and two files claiming one path are an error.
 */
@NullMarked
package io.mewscontract.codegen.write;

import org.jspecify.annotations.NullMarked;
