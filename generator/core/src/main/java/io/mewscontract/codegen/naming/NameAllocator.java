package io.mewscontract.codegen.naming;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Hands out unique names within one scope (all generated top-level classes; the components of one record;
 * the constants of one enum).
 *
 * <p>Two ways to ask. {@link #allocate(String)} is for names the generator derives ({@code FooValidator}): a
 * name already taken gets the lowest free numeric suffix ({@code Id2}), so the outcome depends only on the
 * order of requests, which follows the spec: deterministic. {@link #claim(String, String)} is for names that
 * stand for something in the spec (a schema, a property, an enum value): two of them meeting on one Java name
 * is a contradiction in the spec, refused with a {@link NameClash} naming both owners, instead of a silent
 * {@code Id2} nobody can predict. A reserved name ({@code String}, {@code hashCode}) is still made safe with a
 * suffix.
 */
public final class NameAllocator {
    /** Owner of reserved and derived names: they give way (suffix) instead of clashing. */
    private static final String DERIVED = "";

    private final Map<String, String> owners = new HashMap<>();
    private final boolean ignoreCase;

    private NameAllocator(Set<String> reserved, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        reserved.forEach(this::reserve);
    }

    /** A scope in which {@code reserved} names are never handed out; names compare exactly. */
    public NameAllocator(Set<String> reserved) {
        this(reserved, false);
    }

    public NameAllocator() {
        this(Set.of(), false);
    }

    /** A scope comparing names ignoring case: for names of spec elements, which Mews reads ignoring case. */
    public static NameAllocator ignoringCase(Set<String> reserved) {
        return new NameAllocator(reserved, true);
    }

    /**
     * A scope for generated top-level classes: names that would shadow JDK types are reserved, and names are
     * compared ignoring case, because a class is a file and some file systems ignore case.
     */
    public static NameAllocator forTypes() {
        return new NameAllocator(JavaNames.RESERVED_TYPE_NAMES, true);
    }

    /** {@code candidate} if free, else the candidate followed by 2, 3, ... */
    public String allocate(String candidate) {
        return allocate(candidate, DERIVED);
    }

    /**
     * {@code candidate} for the spec element {@code owner} (a JSON pointer or a name a user recognizes).
     *
     * @throws NameClash if another spec element already has this name (ignoring case where the scope does)
     */
    public String claim(String candidate, String owner) {
        String previous = owners.get(key(candidate));
        if (previous != null && !previous.equals(DERIVED)) {
            throw new NameClash(candidate, previous, owner);
        }
        return allocate(candidate, owner);
    }

    private String allocate(String candidate, String owner) {
        String name = candidate;
        for (int suffix = 2; owners.putIfAbsent(key(name), owner) != null; suffix++) {
            name = candidate + (Character.isDigit(candidate.charAt(candidate.length() - 1)) ? "_" : "") + suffix;
        }
        return name;
    }

    /** Marks {@code name} as taken without handing it out; returns whether it was free. */
    public boolean reserve(String name) {
        return owners.putIfAbsent(key(name), DERIVED) == null;
    }

    /** Who claimed {@code name}, or null when nobody from the spec did. */
    public @Nullable String owner(String name) {
        String owner = owners.get(key(name));
        return owner == null || owner.equals(DERIVED) ? null : owner;
    }

    private String key(String name) {
        return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
    }

    /** Two spec elements would get one Java name. */
    public static final class NameClash extends RuntimeException {
        private final String name;
        private final String first;
        private final String second;

        NameClash(String name, String first, String second) {
            super(
                    second + " and " + first + " would both be named " + name + " in Java (names are compared"
                            + " ignoring case: file systems and Mews' own JSON reading do); rename one",
                    null,
                    false,
                    false);
            this.name = name;
            this.first = first;
            this.second = second;
        }

        public String javaName() {
            return name;
        }

        /** The element that had the name first. */
        public String first() {
            return first;
        }

        /** The element refused. */
        public String second() {
            return second;
        }
    }
}
