package io.mewscontract.docstospec.facts;

import java.util.ArrayList;
import java.util.List;

/** JSON pointer tokens (RFC 6901) and the short names of elements used in reports. */
public final class Pointers {
    private Pointers() {}

    /** Escapes one reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** The unescaped tokens of a pointer; the empty pointer has none. */
    public static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    /** The pointer of the given unescaped tokens. */
    public static String of(List<String> tokens) {
        StringBuilder pointer = new StringBuilder();
        for (String token : tokens) {
            pointer.append('/').append(escape(token));
        }
        return pointer.toString();
    }

    /**
     * The name a reader knows an element by: {@code Amount.NetValue} for a component's property,
     * {@code PaymentRequestFilterParameters.Limitation.Count} for nested inline objects, {@code Amount.TaxValues[]}
     * for array items, {@code POST /api/connector/v1/paymentRequests/add} for an operation, with {@code  200}
     * appended for one of its responses.
     */
    public static String displayName(String pointer) {
        List<String> t = tokens(pointer);
        if (t.size() >= 3 && t.get(0).equals("paths")) {
            StringBuilder name = new StringBuilder(t.get(2).toUpperCase(java.util.Locale.ROOT))
                    .append(' ')
                    .append(t.get(1));
            for (int i = 3; i < t.size(); i++) {
                name.append(i == 3 ? " " : "/").append(t.get(i));
            }
            return name.toString();
        }
        if (t.size() >= 3 && t.get(0).equals("components")) {
            StringBuilder name = new StringBuilder(t.get(2));
            for (int i = 3; i < t.size(); i++) {
                switch (t.get(i)) {
                    case "properties" -> {
                        if (i + 1 < t.size()) {
                            name.append('.').append(t.get(++i));
                        }
                    }
                    case "items" -> name.append("[]");
                    default -> name.append('/').append(t.get(i));
                }
            }
            return name.toString();
        }
        return pointer;
    }
}
