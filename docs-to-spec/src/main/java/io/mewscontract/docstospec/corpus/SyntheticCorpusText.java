package io.mewscontract.docstospec.corpus;

/** The fragments every synthetic operation repeats. */
final class SyntheticCorpusText {
    private SyntheticCorpusText() {}

    static String tokens() {
        return """
                  "ClientToken": "C0FFEE00000000000000000000000000-0000000000000000000000000000000",
                  "AccessToken": "BEEF0000000000000000000000000000-0000000000000000000000000000000",
                  "Client": "Sample Client 1.0.0",
                """;
    }

    static String commonRows() {
        return """
                | `ClientToken` | string | required | Token identifying the client application. |
                | `AccessToken` | string | required | Access token of the client application. |
                | `Client` | string | required | Name and version of the client application. |
                """;
    }
}
