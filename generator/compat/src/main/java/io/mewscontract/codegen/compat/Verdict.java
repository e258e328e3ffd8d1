package io.mewscontract.codegen.compat;

/** What a change does on one axis. Ordered from harmless to harmful: {@link #worst} picks the later one. */
public enum Verdict {
    /** Nothing that worked before stops working. */
    COMPATIBLE("ok"),
    /** Works until someone uses what changed (sends the new value, omits the newly required key, ...). */
    CONDITIONAL("conditional"),
    /** Something that worked before stops working. */
    BREAKING("BREAKING");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The short word used in reports ({@code ok}, {@code conditional}, {@code BREAKING}). */
    public String label() {
        return label;
    }

    public Verdict worst(Verdict other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
