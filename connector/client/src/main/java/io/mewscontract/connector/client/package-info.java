/**
 * The Mews Connector API client: start at {@link io.mewscontract.connector.client.MewsConnectorClient#builder()}.
 *
 * <p>Generated from the curated spec: the models ({@code .model}), validators ({@code .validation}), operation
 * descriptors ({@code .operation}) and one client interface per resource group ({@code .client}). Written by
 * hand: this entry point, the HTTP transport ({@code .http}), the exception hierarchy ({@code .error}) and
 * retries and rate limiting ({@code .retry}).
 */
@NullMarked
package io.mewscontract.connector.client;

import org.jspecify.annotations.NullMarked;
