package io.mewscontract.connector.server.testapi;

/** Request bodies for the test API, as JSON text. */
public final class Bodies {
    private Bodies() {}

    public static final String CLIENT_TOKEN = "ct-SECRET-4711";
    public static final String ACCESS_TOKEN = "at-SECRET-0815";

    /** The common fields, without the braces. */
    public static final String COMMON =
            "\"ClientToken\":\"" + CLIENT_TOKEN + "\",\"AccessToken\":\"" + ACCESS_TOKEN + "\",\"Client\":\"Test 1.0\"";

    /** A valid {@code items/getAll} body asking for {@code count} items. */
    public static String getAll(int count) {
        return "{" + COMMON + ",\"Limitation\":{\"Count\":" + count + "}}";
    }

    /** A valid {@code items/add} body with one item. */
    public static String addOne() {
        return "{" + COMMON + ",\"Items\":[" + newItem("18.49") + "]}";
    }

    public static String newItem(String value) {
        return "{\"AccountId\":\"8466DFDD-0964-4002-8719-AFA900D0F1BA\",\"Amount\":{\"Currency\":\"EUR\",\"Value\":"
                + value + "},\"Description\":\"Deposit\",\"Notes\":null}";
    }
}
