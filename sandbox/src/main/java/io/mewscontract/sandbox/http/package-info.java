/**
 * Filters the sandbox puts in front of the router on the server module's
 * {@link io.mewscontract.connector.server.adapter.jdk.JdkRouterServer}: an optional request log, and the
 * {@link io.mewscontract.sandbox.http.ExchangeObserver} seam through which tests see every exchange as it went over
 * the wire.
 */
@NullMarked
package io.mewscontract.sandbox.http;

import org.jspecify.annotations.NullMarked;
