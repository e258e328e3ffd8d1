/**
 * The hand-written library that generated Connector API code compiles against, without its JSON binding.
 *
 * <p>What varies with the spec is generated (records, open enums, validators, client and server interfaces,
 * operation descriptors); what does not is here, written once: the {@link io.mewscontract.runtime.ClientTransport}
 * seam an HTTP client implements, {@link io.mewscontract.runtime.OperationDescriptor} (everything a transport or
 * a router needs to know about one operation), validation types, {@link io.mewscontract.runtime.Update} and
 * {@link io.mewscontract.runtime.HybridId}, the wire's bounds, and the pagination and batching helpers generated
 * clients call.
 *
 * <p>Nothing here depends on a Jackson version: only on {@code jackson-annotations}, which Jackson 2 and Jackson 3
 * share. The (de)serializers, configured mappers and the request envelope codec come from a binding:
 * {@code mews-contract-runtime} (Jackson 2, this same package) or {@code mews-contract-runtime-jackson3}
 * ({@code io.mewscontract.runtime.jackson3}). This package never references generated classes, so code generated
 * into any package reuses it unchanged.
 */
@NullMarked
package io.mewscontract.runtime;

import org.jspecify.annotations.NullMarked;
