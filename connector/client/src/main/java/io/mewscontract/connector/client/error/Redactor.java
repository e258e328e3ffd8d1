package io.mewscontract.connector.client.error;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Replaces known secrets (the client's tokens) in text that came from elsewhere, such as a server's error
 * message, before it can reach an exception message or a log. A server has no reason to echo a token, but an
 * error page or a proxy might, and a leaked production token is expensive.
 */
public final class Redactor {

    /** What a secret is replaced with. */
    public static final String MASK = "***";

    private final List<String> secrets;

    /** The shortest piece of a secret hidden on its own: shorter runs are too common to mean anything. */
    static final int MIN_FRAGMENT_LENGTH = 16;

    /**
     * @param secrets the values to hide; blank ones are ignored. Each is hidden whole and, because a parser quoting
     *     an unquoted token stops at its first punctuation ({@code Unrecognized token 'E0D439EE...'} ends at the
     *     {@code -} of a Mews token), so is every run of letters and digits in it of at least
     *     {@value #MIN_FRAGMENT_LENGTH} characters.
     */
    public Redactor(List<String> secrets) {
        java.util.Set<String> hidden = new java.util.LinkedHashSet<>();
        for (String secret : secrets) {
            if (secret.isBlank()) {
                continue;
            }
            hidden.add(secret);
            for (String run : secret.split("[^\\p{Alnum}]+", -1)) {
                if (run.length() >= MIN_FRAGMENT_LENGTH) {
                    hidden.add(run);
                }
            }
        }
        // Longest first, so that a whole secret is replaced before its fragments are looked for.
        this.secrets = hidden.stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /** {@code text} with every occurrence of every secret replaced by {@link #MASK}. */
    public String redact(String text) {
        String result = text;
        for (String secret : secrets) {
            if (result.contains(secret)) {
                result = result.replace(secret, MASK);
            }
        }
        return result;
    }

    public @Nullable String redactNullable(@Nullable String text) {
        return text == null ? null : redact(text);
    }
}
