package io.mewscontract.docstospec.draft;

/** JSON pointer tokens (RFC 6901). */
final class Pointers {
    private Pointers() {}

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
