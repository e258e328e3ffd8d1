/**
 * The sandbox's command line: {@code java -jar mews-sandbox.jar [flags]} ({@link io.mewscontract.sandbox.cli.Main}),
 * its flags and {@code --help}, and the optional JSON config file.
 */
@NullMarked
package io.mewscontract.sandbox.cli;

import org.jspecify.annotations.NullMarked;
