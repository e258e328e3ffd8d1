/**
 * The sandbox on the JDK's HTTP server ({@link io.mewscontract.sandbox.http.SandboxHttpServer}), with an optional
 * request log and the {@link io.mewscontract.sandbox.http.ExchangeObserver} seam through which tests see every
 * exchange as it went over the wire.
 */
@NullMarked
package io.mewscontract.sandbox.http;

import org.jspecify.annotations.NullMarked;
