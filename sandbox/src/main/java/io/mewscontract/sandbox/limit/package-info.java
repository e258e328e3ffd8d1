/**
 * The Connector API's request limit (200 requests per access token within a 30-second sliding window), as a
 * router interceptor that answers {@code 429} with {@code Retry-After}.
 */
@NullMarked
package io.mewscontract.sandbox.limit;

import org.jspecify.annotations.NullMarked;
