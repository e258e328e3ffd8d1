package io.mewscontract.codegen.naming;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out unique names within one scope (all generated top-level classes; the components of one record;
 * the constants of one enum). A name already taken gets the lowest free numeric suffix ({@code Id2}), so the
 * outcome depends only on the order of requests, which follows the spec: deterministic.
 */
public final class NameAllocator {
    private final Set<String> taken = new HashSet<>();
    private final boolean ignoreCase;

    private NameAllocator(Set<String> reserved, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        reserved.forEach(this::reserve);
    }

    /** A scope in which {@code reserved} names are never handed out. */
    public NameAllocator(Set<String> reserved) {
        this(reserved, false);
    }

    public NameAllocator() {
        this(Set.of(), false);
    }

    /**
     * A scope for generated top-level classes: names that would shadow JDK types are reserved, and names are
     * compared ignoring case, because a class is a file and some file systems ignore case.
     */
    public static NameAllocator forTypes() {
        return new NameAllocator(JavaNames.RESERVED_TYPE_NAMES, true);
    }

    /** {@code candidate} if free, else {@code candidate2}, {@code candidate3}, ... */
    public String allocate(String candidate) {
        String name = candidate;
        for (int suffix = 2; !reserve(name); suffix++) {
            name = candidate + (Character.isDigit(candidate.charAt(candidate.length() - 1)) ? "_" : "") + suffix;
        }
        return name;
    }

    /** Marks {@code name} as taken without handing it out; returns whether it was free. */
    public boolean reserve(String name) {
        return taken.add(ignoreCase ? name.toLowerCase(Locale.ROOT) : name);
    }
}
