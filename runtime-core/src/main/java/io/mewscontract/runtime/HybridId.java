package io.mewscontract.runtime;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An identifier that is either a UUID or a prefixed alternative identifier ({@code eid:1234}, an external id):
 * {@code format: hybrid-id} in the spec. Not a {@link UUID}, because the alternative form is no UUID; not a bare
 * {@link String}, so that a caller asks which form it holds. The wire text is kept exactly and written back.
 *
 * <pre>{@code
 * HybridId id = HybridId.of("eid:R-1001");
 * id.uuid();      // Optional.empty()
 * id.prefix();    // Optional[eid]
 * HybridId.of(UUID.randomUUID()).uuid().isPresent(); // true
 * }</pre>
 */
public final class HybridId {

    private static final Pattern PREFIXED = Pattern.compile("([a-z][a-z0-9]*):(\\S+)");
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final String value;

    private HybridId(String value) {
        this.value = value;
    }

    /** The identifier for wire text; never fails (a client keeps what the server sends), see {@link #isWellFormed}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static HybridId of(String value) {
        return new HybridId(Objects.requireNonNull(value, "value"));
    }

    public static HybridId of(UUID uuid) {
        return new HybridId(uuid.toString());
    }

    /** A prefixed alternative identifier: {@code prefixed("eid", "R-1001")} is {@code eid:R-1001}. */
    public static HybridId prefixed(String prefix, String id) {
        HybridId hybrid = new HybridId(prefix + ":" + id);
        if (!PREFIXED.matcher(hybrid.value).matches()) {
            throw new IllegalArgumentException("Not a prefixed identifier: " + hybrid.value);
        }
        return hybrid;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** The UUID, when this is one (in either letter case). */
    public Optional<UUID> uuid() {
        return UUID_TEXT.matcher(value).matches() ? Optional.of(UUID.fromString(value)) : Optional.empty();
    }

    /** The prefix ({@code eid}) of an alternative identifier. */
    public Optional<String> prefix() {
        var matcher = PREFIXED.matcher(value);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** A UUID or a prefixed identifier. */
    public boolean isWellFormed() {
        return uuid().isPresent() || prefix().isPresent();
    }

    /** UUIDs compare ignoring letter case (the wire does); alternative identifiers compare exactly. */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof HybridId that && normalized().equals(that.normalized());
    }

    @Override
    public int hashCode() {
        return normalized().hashCode();
    }

    private String normalized() {
        return uuid().isPresent() ? value.toLowerCase(Locale.ROOT) : value;
    }

    @Override
    public String toString() {
        return value;
    }
}
