package io.mewscontract.runtime;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An update value ({@code {"Value": x}} on the wire): the three intentions of an update, impossible to confuse.
 *
 * <ul>
 *   <li>{@link #unchanged()}: leave the value as it is; the property is not written at all.
 *   <li>{@link #set(Object)}: set it; written {@code {"Value": x}}.
 *   <li>{@link #clear()}: remove it; written {@code {"Value": null}}.
 * </ul>
 *
 * A generated record never holds {@code null} for an update property: absent reads as {@link #unchanged()}.
 * <pre>{@code
 * CustomerUpdateParameters.builder().email(Update.set("a@example.com")).notes(Update.clear()).build();
 * }</pre>
 *
 * <p>The type knows no JSON library: each Jackson binding brings the (de)serializers, which generated records name
 * on every update property ({@code UpdateSerializer}, {@code UpdateDeserializer}) and the binding's mappers
 * register for an update met anywhere else.
 *
 * @param <T> the value's type
 */
public final class Update<T> {

    /** The one property of an update on the wire: {@code {"Value": x}}. */
    public static final String WIRE_VALUE = "Value";

    private static final Update<?> UNCHANGED = new Update<>(State.UNCHANGED, null);
    private static final Update<?> CLEAR = new Update<>(State.CLEAR, null);

    /** What an update does. */
    public enum State {
        UNCHANGED,
        SET,
        CLEAR
    }

    private final State state;
    private final @Nullable T value;

    private Update(State state, @Nullable T value) {
        this.state = state;
        this.value = value;
    }

    @SuppressWarnings("unchecked")
    public static <T> Update<T> unchanged() {
        return (Update<T>) UNCHANGED;
    }

    public static <T> Update<T> set(T value) {
        return new Update<>(State.SET, Objects.requireNonNull(value, "value (use Update.clear() to clear it)"));
    }

    @SuppressWarnings("unchecked")
    public static <T> Update<T> clear() {
        return (Update<T>) CLEAR;
    }

    /** The state to {@code switch} on. */
    public State state() {
        return state;
    }

    /** The new value, for {@link State#SET} only. */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Update<?> that && state == that.state && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, value);
    }

    @Override
    public String toString() {
        return switch (state) {
            case UNCHANGED -> "Update.unchanged()";
            case CLEAR -> "Update.clear()";
            case SET -> "Update.set(" + value + ")";
        };
    }
}
