package io.mewscontract.codegen.compat.report;

import io.mewscontract.codegen.compat.Bump;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a planned version against the bump the changes need. Semantic versioning: a breaking change needs a
 * new major version; before 1.0.0 (where anything may change) a new minor version is the major bump, as Cargo and
 * npm treat {@code 0.x}.
 */
public final class VersionBump {

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?(?:[-+.].*)?");

    private VersionBump() {}

    /** The bump from {@code from} to {@code to}, counting {@code 0.x} minor bumps as major. */
    public static Bump between(String from, String to) {
        int[] a = parse(from);
        int[] b = parse(to);
        if (b[0] != a[0]) {
            return b[0] > a[0] ? Bump.MAJOR : Bump.NONE;
        }
        if (b[1] != a[1]) {
            return b[1] > a[1] ? (a[0] == 0 ? Bump.MAJOR : Bump.MINOR) : Bump.NONE;
        }
        return b[2] > a[2] ? (a[0] == 0 ? Bump.MINOR : Bump.PATCH) : Bump.NONE;
    }

    /** Whether going from {@code from} to {@code to} is enough for changes that need {@code required}. */
    public static boolean suffices(String from, String to, Bump required) {
        Bump actual = between(from, to);
        if (required == Bump.MAJOR) {
            return actual == Bump.MAJOR;
        }
        return actual != Bump.NONE || required == Bump.NONE;
    }

    /** The smallest version after {@code from} that the bump allows ({@code 1.4.2} + MINOR = {@code 1.5.0}). */
    public static String next(String from, Bump bump) {
        int[] v = parse(from);
        boolean initial = v[0] == 0;
        return switch (bump) {
            case MAJOR -> initial ? "0." + (v[1] + 1) + ".0" : (v[0] + 1) + ".0.0";
            case MINOR -> initial ? v[0] + "." + v[1] + "." + (v[2] + 1) : v[0] + "." + (v[1] + 1) + ".0";
            case PATCH -> v[0] + "." + v[1] + "." + (v[2] + 1);
            case NONE -> from;
        };
    }

    private static int[] parse(String version) {
        Matcher matcher = VERSION.matcher(version.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + version + "' is not a version like 1.4.2");
        }
        return new int[] {
            Integer.parseInt(matcher.group(1)),
            Integer.parseInt(matcher.group(2)),
            matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3))
        };
    }
}
