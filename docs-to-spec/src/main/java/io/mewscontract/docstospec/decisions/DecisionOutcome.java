package io.mewscontract.docstospec.decisions;

import java.util.Objects;

/**
 * What applying one decision to a draft did.
 *
 * @param decision the decision
 * @param status whether it changed the draft, or why not
 * @param detail for a problem, what went wrong (e.g. how many nodes the target selected)
 */
public record DecisionOutcome(Decision decision, Status status, String detail) {
    public DecisionOutcome {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }

    public enum Status {
        /** The decision changed the draft. */
        APPLIED,
        /** The target exists but the draft already says what the decision sets: the documents now agree. */
        STALE_NO_CHANGE,
        /** The target selects nothing: the element is gone from the draft. */
        STALE_TARGET_GONE,
        /** The target selects more than one node; a decision decides one element. Not applied. */
        AMBIGUOUS_TARGET,
        /** The update does not fit the selected node (an object update on a scalar, ...). Not applied. */
        MISMATCHED_UPDATE
    }

    /** Whether the decision no longer decides anything. */
    public boolean stale() {
        return status == Status.STALE_NO_CHANGE || status == Status.STALE_TARGET_GONE;
    }

    /** Whether the decision could not be applied as written. */
    public boolean broken() {
        return status == Status.AMBIGUOUS_TARGET || status == Status.MISMATCHED_UPDATE;
    }
}
