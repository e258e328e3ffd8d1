package io.mewscontract.runtime;

import java.util.List;
import java.util.Locale;

/**
 * The HTTP headers of the Connector API and their rules, in one place for client, server and sandbox.
 */
public final class WireHeaders {

    /** On every response: the request's identifier, also the error body's {@code RequestId}. */
    public static final String REQUEST_ID = "Request-Id";
    /** Request header (RFC 7240); the API honours one preference, {@link #RETURN_MINIMAL}. */
    public static final String PREFER = "Prefer";
    /** Response header confirming an honoured preference. */
    public static final String PREFERENCE_APPLIED = "Preference-Applied";
    /** The preference asking for {@code 204 No Content} instead of an empty page or result. */
    public static final String RETURN_MINIMAL = "return=minimal";

    private WireHeaders() {}

    /**
     * Whether {@code Prefer} header lines ask for {@code return=minimal}. Preferences are comma-separated and may
     * come in several header lines; names and values compare case-insensitively, values may be quoted, parameters
     * after {@code ;} are ignored, and when {@code return} appears more than once only its first occurrence counts
     * (RFC 7240, section 2).
     */
    public static boolean asksForMinimal(List<String> preferHeaderValues) {
        for (String headerValue : preferHeaderValues) {
            for (String preference : headerValue.split(",", -1)) {
                String token = preference.split(";", 2)[0];
                int equals = token.indexOf('=');
                String name = (equals < 0 ? token : token.substring(0, equals)).trim();
                if (name.equalsIgnoreCase("return")) {
                    String value = equals < 0
                            ? ""
                            : unquote(token.substring(equals + 1).trim());
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
