/** The command line around the generator core: argument parsing, console output and exit codes. */
@NullMarked
package io.mewscontract.codegen.cli;

import org.jspecify.annotations.NullMarked;
