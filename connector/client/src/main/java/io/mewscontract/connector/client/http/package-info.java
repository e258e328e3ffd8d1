/**
 * The {@link io.mewscontract.runtime.ClientTransport} over {@link java.net.http.HttpClient}:
 * {@link io.mewscontract.connector.client.http.HttpTransport} joins the configured common fields with each request
 * ({@link io.mewscontract.runtime.RequestEnvelope}), posts it as JSON to the operation's exact path, reads the
 * response or maps the error to its exception type, and retries as
 * {@link io.mewscontract.connector.client.retry.FailureClass} allows. Every response's {@code Request-Id} reaches the
 * caller, through {@link io.mewscontract.connector.client.http.ApiResponse} or a
 * {@link io.mewscontract.connector.client.http.CallListener}.
 */
@NullMarked
package io.mewscontract.connector.client.http;

import org.jspecify.annotations.NullMarked;
