package io.mewscontract.codegen.compat;

/**
 * A verdict on one axis and why.
 *
 * @param verdict compatible, conditional or breaking
 * @param reason one sentence a user understands without reading the spec ({@code "old clients never send it"})
 */
public record Assessment(Verdict verdict, String reason) {

    public static Assessment ok(String reason) {
        return new Assessment(Verdict.COMPATIBLE, reason);
    }

    public static Assessment conditional(String reason) {
        return new Assessment(Verdict.CONDITIONAL, reason);
    }

    public static Assessment breaking(String reason) {
        return new Assessment(Verdict.BREAKING, reason);
    }

    /** The worse of the two; on a tie, this one. */
    public Assessment worst(Assessment other) {
        return other.verdict.compareTo(verdict) > 0 ? other : this;
    }
}
