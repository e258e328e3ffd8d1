/**
 * The hand-written library that generated Connector API code compiles against.
 *
 * <p>What varies with the spec is generated (records, open enums, validators, client and server interfaces,
 * operation descriptors); what does not is here, written once: the {@link io.mewscontract.runtime.ClientTransport}
 * seam an HTTP client implements, {@link io.mewscontract.runtime.OperationDescriptor} (everything a transport or
 * a router needs to know about one operation), validation types, the request envelope codec, configured
 * {@link com.fasterxml.jackson.databind.ObjectMapper}s, and the pagination and batching helpers generated clients
 * call.
 *
 * <p>This package never references generated classes, so code generated into any package reuses it unchanged.
 * Its only dependencies are Jackson and JSpecify.
 */
@NullMarked
package io.mewscontract.runtime;

import org.jspecify.annotations.NullMarked;
