package io.mewscontract.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a reference page ({@link Rendering#OPENAPI_REFERENCE}) that the five documents do not show and
 * whose form is our assumption of what a renderer of an OpenAPI file prints (the forms are listed in
 * {@link Rendering#OPENAPI_REFERENCE}): enum values, map values, {@code oneOf} alternatives, deprecation
 * markers, and the two facts OpenAPI has no keyword for, which the file states in the description (an interval's
 * maximum length, a deprecated property's replacement).
 */
final class ReferenceLines {
    /** {@code Allowed values:} (also {@code Enum}, {@code Possible values}), values may follow on the line. */
    private static final Pattern ENUM_START =
            Pattern.compile("^(?:Allowed values|Possible values|Enum)\\s*:?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    /** A value: a JSON string, then optionally its description after {@code -}, {@code :} or a dash. */
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static final Pattern ADDITIONAL =
            Pattern.compile("^Additional properties\\s*:\\s*(\\S.*)$", Pattern.CASE_INSENSITIVE);
    /** The sentence a description states an interval's maximum length in: {@code Max length 3 months.} */
    private static final Pattern INTERVAL_LIMIT = Pattern.compile(
            "(?i)(?:^|(?<=[.!?])\\s+)(max(?:imum)?\\s+(?:length\\s+)?\\d+\\s+(?:hour|day|week|month|year)s?)\\.?\\s*$");
    /** Where a deprecated property's description names its replacement: {@code Deprecated! Use Size instead.} */
    private static final Pattern DEPRECATED_NOTE = Pattern.compile("(?i)\\s*\\**Deprecated!\\**\\s*");

    private static final Pattern NOT_EXHAUSTIVE = Pattern.compile("(?i)\\bnot exhaustive\\b");
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+");

    private ReferenceLines() {}

    static boolean isEnumStart(String line) {
        return ENUM_START.matcher(line).matches();
    }

    static boolean isEnumValue(String line) {
        return line.startsWith("\"");
    }

    /** The values written on an {@code Allowed values: "A" "B"} line itself, without descriptions. */
    static List<EnumValue> inlineValues(String enumStart, int line) {
        Matcher start = ENUM_START.matcher(enumStart);
        List<EnumValue> values = new ArrayList<>();
        if (start.matches()) {
            Matcher m = QUOTED.matcher(start.group(1));
            while (m.find()) {
                values.add(new EnumValue(unescape(m.group(1)), "", line));
            }
        }
        return values;
    }

    /** One value line: {@code "Draft"} or {@code "Draft" - Being prepared.}; empty when the quote never closes. */
    static Optional<EnumValue> value(String text, int line) {
        Matcher m = QUOTED.matcher(text);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String description = text.substring(m.end()).strip().replaceFirst("^(?:-|:|\u2013|\u2014)\\s*", "");
        return Optional.of(new EnumValue(unescape(m.group(1)), description, line));
    }

    private static String unescape(String json) {
        return json.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    /** The value type of an {@code Additional properties: number format: double} line, or empty. */
    static Optional<String> additionalProperties(String line) {
        Matcher m = ADDITIONAL.matcher(line);
        return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** {@code One of} / {@code Any of}: the alternatives of a {@code oneOf} follow, each a titled schema. */
    static boolean isUnionStart(String line) {
        String l = line.toLowerCase(Locale.ROOT).replace(" ", "");
        return l.equals("oneof") || l.equals("anyof");
    }

    /** The property marker {@code deprecated}, shown like {@code nullable}. */
    static boolean isDeprecatedMarker(String line) {
        return line.equals("deprecated");
    }

    /** The operation's {@code Deprecated} badge, on the line after the path. */
    static boolean isDeprecatedBadge(String line) {
        return line.equalsIgnoreCase("deprecated");
    }

    /** Whether a description says the enum's list is not exhaustive (the file's note on the enum). */
    static boolean saysNotExhaustive(String description) {
        return NOT_EXHAUSTIVE.matcher(description).find();
    }

    /** The description without its sentences about the list not being exhaustive: they are the enum's note. */
    private static String withoutOpenEnumNote(String description) {
        return String.join(
                        " ",
                        java.util.Arrays.stream(SENTENCE.split(description, -1))
                                .filter(sentence -> !saysNotExhaustive(sentence))
                                .toList())
                .strip();
    }

    /** A description split into its text and the interval limit its last sentence states, if any. */
    record Described(String description, Optional<String> intervalLimit, String replacement) {}

    /**
     * Takes apart a property's description: a last sentence {@code Max length 3 months.} is the interval limit
     * (the contract part {@code max length 3 months} of the other renderings), for a deprecated property the
     * text from {@code Deprecated!} on is the replacement note (as the struck-through rows of the other renderings
     * have it), and for a property with enum values a sentence saying the list is not exhaustive is the enum's
     * note (the other renderings print it under the enum's heading), not the property's description.
     */
    static Described describe(String description, boolean deprecated, boolean enumValues) {
        String text = enumValues ? withoutOpenEnumNote(description) : description;
        String replacement = "";
        Matcher note = DEPRECATED_NOTE.matcher(text);
        if (deprecated && note.find()) {
            replacement = text.substring(note.end()).strip();
            text = text.substring(0, note.start()).strip();
        }
        Matcher limit = INTERVAL_LIMIT.matcher(text);
        Optional<String> interval = Optional.empty();
        if (limit.find()) {
            interval = Optional.of(limit.group(1).toLowerCase(Locale.ROOT));
            text = text.substring(0, limit.start()).strip();
        }
        return new Described(text, interval, replacement);
    }
}
