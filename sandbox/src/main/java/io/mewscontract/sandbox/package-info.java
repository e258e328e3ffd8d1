/**
 * The Mews Connector API sandbox: {@link io.mewscontract.sandbox.Sandbox} starts one in-process; the command line
 * ({@code java -jar mews-sandbox.jar}) is {@code io.mewscontract.sandbox.cli.Main}.
 */
@NullMarked
package io.mewscontract.sandbox;

import org.jspecify.annotations.NullMarked;
