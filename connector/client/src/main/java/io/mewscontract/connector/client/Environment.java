package io.mewscontract.connector.client;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a client sends its requests: Mews' demo or production platform, or any other address serving the
 * Connector API (a local sandbox, a test server).
 *
 * @param name a label for logs and {@code toString()}
 * @param baseUri the platform address; operation paths ({@code /api/connector/v1/...}) are appended to it
 */
public record Environment(String name, URI baseUri) {

    /** The demo platform, {@code https://api.mews-demo.com}. Its tokens are public: never send real data there. */
    public static final Environment DEMO = new Environment("DEMO", URI.create("https://api.mews-demo.com"));

    /** The production platform, {@code https://api.mews.com}. */
    public static final Environment PRODUCTION = new Environment("PRODUCTION", URI.create("https://api.mews.com"));

    public Environment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseUri, "baseUri");
        String scheme = baseUri.getScheme() == null ? "" : baseUri.getScheme().toLowerCase(Locale.ROOT);
        if (!baseUri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || baseUri.getHost() == null) {
            throw new IllegalArgumentException(
                    "The base URI must be an absolute http or https address with a host, e.g. http://localhost:8080,"
                            + " is " + baseUri);
        }
        if (baseUri.getRawQuery() != null || baseUri.getRawFragment() != null || baseUri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("The base URI must not carry a query, a fragment or credentials, is "
                    + baseUri.getScheme() + "://" + baseUri.getHost() + "/...");
        }
    }

    /** Another address serving the Connector API, e.g. a sandbox at {@code http://localhost:8080}. */
    public static Environment custom(URI baseUri) {
        return new Environment("custom", baseUri);
    }

    /** {@link #custom(URI)} from a string. */
    public static Environment custom(String baseUri) {
        return custom(URI.create(baseUri));
    }
}
