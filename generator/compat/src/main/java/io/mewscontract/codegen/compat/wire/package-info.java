/**
 * The standard wire comparison, by openapi-diff-core: its overall verdict and per-operation results (shown next
 * to ours, so a reader sees where mews conventions differ from plain OpenAPI rules), and the response status codes
 * and headers, which the generator's model does not carry.
 */
@NullMarked
package io.mewscontract.codegen.compat.wire;

import org.jspecify.annotations.NullMarked;
