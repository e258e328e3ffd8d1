package io.mewscontract.conformance.checks;

import java.util.List;

/**
 * HTTP traffic that breaks the spec, thrown by the {@code require...} methods of {@link SpecTrafficValidator}
 * for harnesses that want a failure where the exchange happened.
 */
public final class SpecViolationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public SpecViolationException(String what, List<String> problems) {
        super(what + " breaks the spec:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, one line each. */
    public List<String> problems() {
        return problems;
    }
}
