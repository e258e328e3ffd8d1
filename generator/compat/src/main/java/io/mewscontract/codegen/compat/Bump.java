package io.mewscontract.codegen.compat;

/** The semantic-version bump a set of changes needs. Ordered: a later constant includes the earlier ones. */
public enum Bump {
    /** Nothing changed. */
    NONE,
    /** Fixes and documentation only: nothing added, nothing broken. */
    PATCH,
    /** Something was added or deprecated; nothing broke. */
    MINOR,
    /** Something breaks on at least one axis. */
    MAJOR;

    public Bump max(Bump other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
