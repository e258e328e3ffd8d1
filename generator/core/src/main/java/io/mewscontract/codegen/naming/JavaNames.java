package io.mewscontract.codegen.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Converts spec names (PascalCase wire names, path segments, enum values) into Java identifiers. Pure
 * functions; uniqueness is {@link NameAllocator}'s job.
 */
public final class JavaNames {
    private JavaNames() {}

    /**
     * Names a generated top-level class must not take, because generated code refers to these simple names
     * unqualified (java.lang, and the JDK types used in generated signatures).
     */
    static final Set<String> RESERVED_TYPE_NAMES = Set.of(
            "Object",
            "String",
            "Integer",
            "Long",
            "Boolean",
            "Double",
            "Float",
            "Short",
            "Byte",
            "Character",
            "Number",
            "Math",
            "Record",
            "Enum",
            "Override",
            "Deprecated",
            "SuppressWarnings",
            "Class",
            "System",
            "Iterable",
            "Void",
            "Exception",
            "RuntimeException",
            "Error",
            "Throwable",
            "Thread",
            "Runnable");

    /**
     * {@code "payment request_state"} → {@code PaymentRequestState}; keeps existing capitals
     * ({@code PaymentRequestState} stays as it is).
     */
    public static String typeName(String specName) {
        StringBuilder name = new StringBuilder();
        for (String word : words(specName)) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
        }
        return identifier(name.toString(), "Type", "Type");
    }

    /**
     * {@code AccountId} → {@code accountId}, {@code IsActive} → {@code isActive}, {@code ISOCode} →
     * {@code isoCode}, {@code getAllByCustomers} stays.
     */
    public static String memberName(String specName) {
        List<String> words = words(specName);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i == 0) {
                name.append(leadingLowerCase(word));
            } else {
                name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
        }
        return identifier(name.toString(), "Value", "value");
    }

    /** {@code PaymentCardMissing} → {@code PAYMENT_CARD_MISSING}, {@code getAll} → {@code GET_ALL}. */
    public static String constantName(String specName) {
        List<String> parts = new ArrayList<>();
        for (String word : words(specName)) {
            for (String hump : humps(word)) {
                parts.add(hump.toUpperCase(Locale.ROOT));
            }
        }
        return identifier(String.join("_", parts), "_VALUE", "VALUE");
    }

    /**
     * A legal identifier: a leading digit gets an underscore in front, a keyword gets {@code keywordSuffix}
     * appended ({@code class} → {@code classValue}), an empty name becomes {@code emptyName}.
     */
    private static String identifier(String candidate, String keywordSuffix, String emptyName) {
        if (candidate.isEmpty()) {
            return emptyName;
        }
        String name = Character.isJavaIdentifierStart(candidate.charAt(0)) ? candidate : "_" + candidate;
        if (SourceVersion.isKeyword(name) || name.equals("_")) {
            return name + keywordSuffix;
        }
        return name;
    }

    /** Lower-cases a leading run of capitals, leaving the last one when a lower-case letter follows it. */
    private static String leadingLowerCase(String word) {
        int upper = 0;
        while (upper < word.length() && Character.isUpperCase(word.charAt(upper))) {
            upper++;
        }
        if (upper == 0) {
            return word;
        }
        if (upper == word.length() || upper == 1) {
            return word.substring(0, upper).toLowerCase(Locale.ROOT) + word.substring(upper);
        }
        // "ISOCode": the run is "ISOC", whose last capital starts the next word.
        return word.substring(0, upper - 1).toLowerCase(Locale.ROOT) + word.substring(upper - 1);
    }

    /** Splits on everything that is not a letter or digit; camel humps stay inside a word here. */
    static List<String> words(String specName) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < specName.length(); i++) {
            char c = specName.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128) {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * Splits one word at its camel humps: {@code PaymentCardMissing} → Payment, Card, Missing;
     * {@code ISOCode} → ISO, Code; {@code Item2Name} → Item2, Name; {@code 3DS} stays.
     */
    static List<String> humps(String word) {
        List<String> humps = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < word.length(); i++) {
            char previous = word.charAt(i - 1);
            char current = word.charAt(i);
            boolean next = i + 1 < word.length() && Character.isLowerCase(word.charAt(i + 1));
            boolean lowerToUpper = Character.isUpperCase(current) && Character.isLowerCase(previous);
            // After a digit, a capital starts a word only when a lower-case letter follows ("2Name", not "3DS").
            boolean digitToWord = Character.isUpperCase(current) && Character.isDigit(previous) && next;
            boolean acronymEnd = Character.isUpperCase(current) && Character.isUpperCase(previous) && next;
            if (lowerToUpper || digitToWord || acronymEnd) {
                humps.add(word.substring(start, i));
                start = i;
            }
        }
        humps.add(word.substring(start));
        return humps;
    }
}
