package io.mewscontract.connector.server.router;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reads a request's {@code Content-Type}: the Connector API takes JSON in UTF-8 and nothing else. */
final class MediaType {
    private MediaType() {}

    /**
     * Whether a body with this {@code Content-Type} is JSON the router can read: absent (curl and many clients send
     * JSON without saying so), or {@code application/json} with no charset or {@code charset=utf-8}, in any case
     * and with any other parameters.
     */
    static boolean isJson(@Nullable String contentType) {
        // What nearly every client sends, without taking it apart.
        if (contentType == null
                || contentType.equalsIgnoreCase("application/json")
                || contentType.equalsIgnoreCase(Router.JSON)) {
            return true;
        }
        String[] parts = contentType.split(";", -1);
        if (!parts[0].strip().toLowerCase(Locale.ROOT).equals("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).strip().equalsIgnoreCase("charset")) {
                String charset = parameter.substring(equals + 1).strip().replace("\"", "");
                if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                    return false;
                }
            }
        }
        return true;
    }
}
