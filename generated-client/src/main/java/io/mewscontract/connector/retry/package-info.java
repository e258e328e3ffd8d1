/**
 * When and how long to wait before trying a failed call again, and how to stay under the request limit.
 *
 * <p>{@link io.mewscontract.connector.retry.FailureClass} is the one table that decides which failures are
 * retried for reads and for writes. {@link io.mewscontract.connector.retry.Retrier} applies it with a
 * {@link io.mewscontract.connector.retry.RetryPolicy} (attempts, total time budget, backoff):
 * {@code Retry-After} ({@link io.mewscontract.connector.retry.RetryAfter}) when the server gives one, otherwise
 * exponential backoff with full jitter ({@link io.mewscontract.connector.retry.Backoff}).
 * {@link io.mewscontract.connector.retry.RateLimiter} optionally spaces requests on the client so the server's
 * limit is never reached. All waiting goes through a {@link io.mewscontract.connector.retry.TimeSource}, so tests
 * verify a two-minute {@code Retry-After} without sleeping.
 */
@NullMarked
package io.mewscontract.connector.retry;

import org.jspecify.annotations.NullMarked;
