/**
 * When and how long to wait before trying a failed call again, and how to stay under the request limit.
 *
 * <p>{@link io.mewscontract.connector.client.retry.FailureClass} is the one table that decides which failures are
 * retried for reads and for writes. {@link io.mewscontract.connector.client.retry.Retrier} applies it with a
 * {@link io.mewscontract.connector.client.retry.RetryPolicy} (attempts, total time budget, backoff):
 * {@code Retry-After} ({@link io.mewscontract.connector.client.retry.RetryAfter}) when the server gives one, otherwise
 * exponential backoff with full jitter ({@link io.mewscontract.connector.client.retry.Backoff}).
 * {@link io.mewscontract.connector.client.retry.RateLimiter} optionally spaces requests on the client so the server's
 * limit is never reached. All waiting goes through a {@link io.mewscontract.connector.client.retry.TimeSource}, so tests
 * verify a two-minute {@code Retry-After} without sleeping.
 */
@NullMarked
package io.mewscontract.connector.client.retry;

import org.jspecify.annotations.NullMarked;
