package io.mewscontract.docs;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Infers the HTTP status a reference page's response paragraph describes. Reference pages print the
 * paragraph ({@code OK}, {@code Error caused by the client app...}) but not the status code, so the
 * status is recognised from wording the Connector API uses for each status (see
 * MEWS-API-FACTS). Unrecognised wording yields no status rather than a guess.
 */
final class ResponseStatusPhrases {
    private record Phrase(String fragment, int status) {}

    private static final List<Phrase> PHRASES = List.of(
            new Phrase("successfully fulfilled the request and there is no additional information", 204),
            new Phrase("error caused by the client app", 400),
            new Phrase("invalid clienttoken, accesstoken", 401),
            new Phrase("should be reported to the end user", 403),
            new Phrase("takes too long to process", 408),
            new Phrase("too many requests", 429),
            new Phrase("unexpected error", 500));

    private ResponseStatusPhrases() {}

    static OptionalInt infer(String description) {
        String text = description.strip().toLowerCase(Locale.ROOT);
        if (text.equals("ok")) {
            return OptionalInt.of(200);
        }
        return PHRASES.stream()
                .filter(p -> text.contains(p.fragment()))
                .mapToInt(Phrase::status)
                .findFirst();
    }
}
