package io.mewscontract.runtime;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One property of a generated record as the wire sees it, from the spec: what a server needs to name a missing,
 * {@code null} or unknown property in its answer without reflecting on annotations.
 *
 * @param name the wire name, e.g. {@code PaymentRequests}
 * @param required the key must be present
 * @param nullable the value may be {@code null}
 * @param objectType the generated record the value holds, directly or as the items of (nested) lists; {@code null}
 *     for scalars, enums, maps, unions and update values, whose insides a message does not name property by property
 */
public record WireProperty(
        String name,
        boolean required,
        boolean nullable,
        @Nullable Class<?> objectType) {

    public WireProperty {
        Objects.requireNonNull(name, "name is required");
    }
}
