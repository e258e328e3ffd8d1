/**
 * What a call can fail with: a sealed hierarchy rooted at {@link io.mewscontract.connector.client.error.MewsException}.
 *
 * <p>{@link io.mewscontract.connector.client.error.MewsApiException} and its final subclasses are HTTP error responses,
 * one type per status the Connector API documents (so callers {@code catch (ForbiddenException e)} instead of
 * comparing numbers). Failures that never produced a response have their own types: a connection that could
 * not be made or was lost, a client-side timeout, an unreadable success body, the client-side rate limiter,
 * and an interrupted caller. {@link io.mewscontract.connector.client.error.ErrorMapping} is the one table from status
 * to type.
 *
 * <p>Every text taken from a response passes through a {@link io.mewscontract.connector.client.error.Redactor} first, so
 * no exception message or accessor repeats the client's tokens, even if a server echoes them.
 */
@NullMarked
package io.mewscontract.connector.client.error;

import org.jspecify.annotations.NullMarked;
