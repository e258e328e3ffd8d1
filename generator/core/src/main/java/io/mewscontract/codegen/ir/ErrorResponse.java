package io.mewscontract.codegen.ir;

import org.jspecify.annotations.Nullable;

/**
 * A declared error response.
 *
 * @param status the status code ({@code 400}) or {@code default}
 * @param description the spec's description
 * @param schemaName the body's object type, or {@code null} when the response has no body
 */
public record ErrorResponse(
        String status,
        @Nullable String description,
        @Nullable String schemaName) {}
