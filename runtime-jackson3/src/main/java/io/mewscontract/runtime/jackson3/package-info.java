/**
 * The runtime's Jackson 3 binding ({@code tools.jackson}), for code generated with the generator's {@code jackson=3}
 * option: {@link io.mewscontract.runtime.jackson3.JsonMappers} (the client's and the server's mappers, configured
 * to the same wire format as the Jackson 2 binding's), the {@link io.mewscontract.runtime.Update} (de)serializers
 * generated records name, and the {@link io.mewscontract.runtime.jackson3.RequestEnvelope} codec. Everything else
 * generated code uses comes from {@code mews-contract-runtime-core} ({@code io.mewscontract.runtime}), which is the
 * same for both Jackson lines; this jar never brings Jackson 2.
 */
@NullMarked
package io.mewscontract.runtime.jackson3;

import org.jspecify.annotations.NullMarked;
