package io.mewscontract.codegen.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Semantic JSON equality as DESIGN.md defines it for round trips: numbers by value, {@code uuid} strings
 * case-insensitively, {@code date-time} strings by instant, and an absent property equal to one whose value
 * is {@code null}. (A test-side copy until the conformance module provides the shared implementation.)
 */
public final class JsonSemantics {
    private JsonSemantics() {}

    /** Every difference, as "path: expected … but was …"; empty when equal. */
    public static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        compare("$", expected, actual, differences);
        return differences;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
        boolean expectedNull = expected == null || expected.isNull() || expected.isMissingNode();
        boolean actualNull = actual == null || actual.isNull() || actual.isMissingNode();
        if (expectedNull || actualNull) {
            if (expectedNull != actualNull) {
                out.add(path + ": expected " + expected + " but was " + actual);
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
            Iterator<JsonNode> e = expected.elements();
            Iterator<JsonNode> a = actual.elements();
            for (int i = 0; e.hasNext(); i++) {
                compare(path + "[" + i + "]", e.next(), a.next(), out);
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            if (new BigDecimal(expected.asText()).compareTo(new BigDecimal(actual.asText())) != 0) {
                out.add(path + ": expected " + expected + " but was " + actual);
            }
        } else if (expected.isTextual() && actual.isTextual()) {
            if (!sameText(expected.asText(), actual.asText())) {
                out.add(path + ": expected " + expected + " but was " + actual);
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ": expected " + expected + " but was " + actual);
        }
    }

    private static boolean sameText(String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        try {
            return UUID.fromString(expected).equals(UUID.fromString(actual)) && expected.length() == 36;
        } catch (IllegalArgumentException notUuids) {
            // fall through
        }
        try {
            return instant(expected).equals(instant(actual));
        } catch (DateTimeParseException notInstants) {
            return false;
        }
    }

    private static Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
