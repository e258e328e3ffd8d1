package io.mewscontract.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Semantic JSON equality, the one rule round trips are judged by (DESIGN.md, "Nullability and presence").
 * Two JSON values are equal when:
 * <ul>
 *   <li><b>numbers</b> are equal by value: {@code 10}, {@code 10.0} and {@code 1E1} are one number (money is
 *       decimal, so scale carries no meaning on the wire);</li>
 *   <li><b>uuid strings</b> are equal ignoring case, when both sides are canonical UUIDs
 *       ({@code 8-4-4-4-12} hex digits): the documents write the same id in both cases;</li>
 *   <li><b>date-time strings</b> are equal by instant, when both sides are RFC 3339 date-times with an offset:
 *       {@code 2023-02-20T12:00:00.000Z} is {@code 2023-02-20T12:00:00Z};</li>
 *   <li><b>null and absent</b> are the same: a property that is missing equals one whose value is
 *       {@code null}, because Mews writes absent optional values as {@code null} and reads {@code null} as
 *       absent. Whether a <em>required</em> key is present is not equality's business: validating the JSON
 *       against the spec checks it (required = always present);</li>
 *   <li>everything else (strings, booleans, the order and length of arrays, the names of non-null
 *       properties) is compared exactly; the order of an object's properties is not.</li>
 * </ul>
 * The uuid and date-time forms are recognised from the values, not from a schema, so that the rule stays one
 * function of two JSON trees; a string matching neither form is compared exactly.
 */
public final class SemanticJson {

    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private SemanticJson() {}

    /** Whether the two values are semantically equal. */
    public static boolean equal(@Nullable JsonNode expected, @Nullable JsonNode actual) {
        return differences(expected, actual).isEmpty();
    }

    /**
     * Every difference, each as {@code path: expected X but was Y} with a path like
     * {@code $.PaymentRequests[0].Amount}; empty when the values are semantically equal.
     */
    public static List<String> differences(@Nullable JsonNode expected, @Nullable JsonNode actual) {
        List<String> differences = new ArrayList<>();
        compare("$", expected, actual, differences);
        return differences;
    }

    private static void compare(String path, @Nullable JsonNode expected, @Nullable JsonNode actual, List<String> out) {
        boolean expectedNull = isNullOrAbsent(expected);
        boolean actualNull = isNullOrAbsent(actual);
        if (expected == null || actual == null || expectedNull || actualNull) {
            if (expectedNull != actualNull) {
                out.add(path + ": expected " + show(expected) + " but was " + show(actual));
            }
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(path + "." + name, expected.get(name), actual.get(name), out);
            }
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                out.add(path + ": expected " + expected.size() + " items but was " + actual.size());
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), out);
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                out.add(path + ": expected " + expected + " but was " + actual);
            }
        } else if (expected.isTextual() && actual.isTextual()) {
            if (!sameText(expected.textValue(), actual.textValue())) {
                out.add(path + ": expected " + expected + " but was " + actual);
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ": expected " + expected + " but was " + actual);
        }
    }

    private static boolean isNullOrAbsent(@Nullable JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    private static String show(@Nullable JsonNode node) {
        return node == null || node.isMissingNode() ? "absent" : node.toString();
    }

    private static boolean sameText(String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        if (UUID.matcher(expected).matches() && UUID.matcher(actual).matches()) {
            return expected.toLowerCase(Locale.ROOT).equals(actual.toLowerCase(Locale.ROOT));
        }
        Optional<OffsetDateTime> expectedTime = dateTime(expected);
        Optional<OffsetDateTime> actualTime = dateTime(actual);
        return expectedTime.isPresent()
                && actualTime.isPresent()
                && expectedTime.get().toInstant().equals(actualTime.get().toInstant());
    }

    private static Optional<OffsetDateTime> dateTime(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text));
        } catch (DateTimeParseException notADateTime) {
            return Optional.empty();
        }
    }
}
