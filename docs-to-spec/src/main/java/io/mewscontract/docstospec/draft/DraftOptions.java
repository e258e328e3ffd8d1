package io.mewscontract.docstospec.draft;

import java.util.Set;
import java.util.TreeSet;

/**
 * How to draft. The only knob is switching rules off, which exists so that tests can prove a rule
 * decides what it claims to decide (a negative control), and so a user can see what the pages say
 * without one rule's reconciliation.
 *
 * @param disabledRules names of rules not to apply (see {@link DraftRules#NAMES})
 */
public record DraftOptions(Set<String> disabledRules) {
    /** Every rule on. */
    public static final DraftOptions DEFAULT = new DraftOptions(Set.of());

    public DraftOptions {
        for (String rule : disabledRules) {
            if (!DraftRules.NAMES.contains(rule)) {
                throw new IllegalArgumentException("unknown rule '" + rule + "'; known rules: " + DraftRules.NAMES);
            }
        }
        disabledRules = Set.copyOf(new TreeSet<>(disabledRules));
    }

    /** These options with one more rule switched off. */
    public DraftOptions without(String rule) {
        Set<String> rules = new TreeSet<>(disabledRules);
        rules.add(rule);
        return new DraftOptions(rules);
    }

    /** Whether the rule is applied. */
    public boolean applies(String rule) {
        return !disabledRules.contains(rule);
    }
}
