package io.mewscontract.connector.server.router;

import java.util.List;
import java.util.Locale;

/**
 * Reads the {@code Prefer} request header (RFC 7240) for the one preference the Connector API honours,
 * {@code return=minimal}. Preferences are comma-separated and may come in several header lines; names and
 * values compare case-insensitively, values may be quoted, parameters after {@code ;} are ignored, and when
 * {@code return} appears more than once only its first occurrence counts (RFC 7240, section 2).
 */
final class PreferHeader {
    private PreferHeader() {}

    static boolean asksForMinimal(List<String> headerValues) {
        for (String headerValue : headerValues) {
            for (String preference : headerValue.split(",")) {
                String token = preference.split(";", 2)[0];
                int equals = token.indexOf('=');
                String name = (equals < 0 ? token : token.substring(0, equals)).trim();
                if (name.equalsIgnoreCase("return")) {
                    String value = equals < 0 ? "" : unquote(token.substring(equals + 1).trim());
                    return value.toLowerCase(Locale.ROOT).equals("minimal");
                }
            }
        }
        return false;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
