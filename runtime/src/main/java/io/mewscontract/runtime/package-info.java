/**
 * The Jackson 2 binding of the runtime that generated Connector API code compiles against: configured
 * {@link com.fasterxml.jackson.databind.ObjectMapper}s ({@link io.mewscontract.runtime.JsonMappers}), the
 * {@link io.mewscontract.runtime.Update} (de)serializers generated records name, the request envelope codec and
 * the error body. The rest of the package (transport seam, operation descriptors, validation types, pagination)
 * comes from {@code mews-contract-runtime-core}, on which this jar depends; {@code mews-contract-runtime-jackson3}
 * is the same binding for Jackson 3.
 *
 * <p>This package never references generated classes, so code generated into any package reuses it unchanged.
 */
@NullMarked
package io.mewscontract.runtime;

import org.jspecify.annotations.NullMarked;
