package io.mewscontract.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the two ways documents state a property's contract: the comma-separated contract cell of
 * GitBook and markdown tables ({@code required, max 1000 items}) and the constraint lines of
 * reference pages ({@code >= 1 items <= 1000 items}).
 */
final class ContractText {
    private static final Pattern TABLE_BOUND =
            Pattern.compile("(max|min)(?:\\s+length)?\\s+(\\d+)\\s+(items?|characters?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE_BOUND = Pattern.compile("(>=|<=)\\s*(\\d+)\\s+(items|characters)");

    private ContractText() {}

    /** The presence a contract cell states: its first comma-separated word. */
    static Presence presenceOf(String contract) {
        String first = contract.split(",", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (first) {
            case "required" -> Presence.REQUIRED;
            case "optional" -> Presence.OPTIONAL;
            default -> Presence.UNSTATED;
        };
    }

    /** Whether a cell reads as a contract cell, i.e. starts with {@code required} or {@code optional}. */
    static boolean isContractCell(String cell) {
        return presenceOf(cell) != Presence.UNSTATED;
    }

    /** The constraints of a contract cell; parts that are not plain bounds are kept as written. */
    static PropertyConstraints ofTableContract(String contract) {
        Bounds bounds = new Bounds();
        String[] parts = contract.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty() || (i == 0 && isContractCell(part))) {
                continue;
            }
            Matcher m = TABLE_BOUND.matcher(part);
            if (m.matches()) {
                bounds.set(
                        m.group(1).equalsIgnoreCase("min"),
                        m.group(3).toLowerCase(Locale.ROOT).startsWith("item"),
                        Integer.parseInt(m.group(2)));
            } else {
                bounds.unparsed.add(part);
            }
        }
        return bounds.build();
    }

    /** Whether a reference page line is a constraint line such as {@code >= 1 characters}. */
    static boolean isReferenceConstraint(String line) {
        return line.startsWith(">") || line.startsWith("<");
    }

    /**
     * The constraints of a reference page's constraint lines. A line is parsed only when it consists
     * of bounds and nothing else; any other line is kept as written.
     */
    static PropertyConstraints ofReferenceLines(List<String> lines) {
        Bounds bounds = new Bounds();
        for (String line : lines) {
            Matcher m = REFERENCE_BOUND.matcher(line);
            String rest = m.replaceAll("");
            if (!rest.isBlank()) {
                bounds.unparsed.add(line);
                continue;
            }
            m.reset();
            while (m.find()) {
                bounds.set(m.group(1).equals(">="), m.group(3).equals("items"), Integer.parseInt(m.group(2)));
            }
        }
        return bounds.build();
    }

    /** Accumulates bounds while a contract is parsed. */
    private static final class Bounds {
        private OptionalInt minLength = OptionalInt.empty();
        private OptionalInt maxLength = OptionalInt.empty();
        private OptionalInt minItems = OptionalInt.empty();
        private OptionalInt maxItems = OptionalInt.empty();
        private final List<String> unparsed = new ArrayList<>();

        void set(boolean min, boolean items, int value) {
            OptionalInt bound = OptionalInt.of(value);
            if (items) {
                if (min) {
                    minItems = bound;
                } else {
                    maxItems = bound;
                }
            } else if (min) {
                minLength = bound;
            } else {
                maxLength = bound;
            }
        }

        PropertyConstraints build() {
            return new PropertyConstraints(minLength, maxLength, minItems, maxItems, unparsed);
        }
    }
}
