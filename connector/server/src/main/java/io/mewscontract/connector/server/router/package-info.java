/**
 * The framework-neutral server router: it serves the Connector API from a generated operation table
 * ({@code Map<String, ServerOperation<?, ?>>}) and answers every failure with the API's error shape.
 *
 * <p>Entry point: {@link io.mewscontract.connector.server.router.Router}. Hooks: an
 * {@link io.mewscontract.connector.server.router.Authenticator} (tokens to principal, or {@code 401}) and
 * {@link io.mewscontract.connector.server.router.RequestInterceptor}s (e.g. a rate limiter answering {@code 429}). HTTP
 * servers connect through the adapters in {@code io.mewscontract.connector.server.adapter}.
 */
@NullMarked
package io.mewscontract.connector.server.router;

import org.jspecify.annotations.NullMarked;
