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

    /** @param secrets the values to hide; blank ones are ignored */
    public Redactor(List<String> secrets) {
        this.secrets = secrets.stream().filter(secret -> !secret.isBlank()).toList();
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
