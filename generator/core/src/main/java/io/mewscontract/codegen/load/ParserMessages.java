package io.mewscontract.codegen.load;

import io.mewscontract.codegen.SpecException.Problem;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns swagger-parser's messages into problems with a JSON pointer. The parser reports locations as dotted
 * paths ({@code attribute paths.'/a/b'(post).requestBody.foo is unexpected}); this rewrites them as pointers
 * ({@code /paths/~1a~1b/post/requestBody/foo}). Messages without a location (YAML syntax errors, which carry
 * line and column themselves) point at the document root.
 */
final class ParserMessages {
    private ParserMessages() {}

    private static final Pattern ATTRIBUTE =
            Pattern.compile("^attribute (.+?) (is (?:unexpected|missing|repeated|unsupported|not of type).*)$",
                    Pattern.DOTALL);

    static Problem toProblem(String message) {
        Matcher matcher = ATTRIBUTE.matcher(message);
        if (!matcher.matches()) {
            return new Problem("", message);
        }
        return new Problem(pointer(matcher.group(1)), message);
    }

    /** {@code paths.'/a/b'(post).x.#/components/schemas/Y} → {@code /paths/~1a~1b/post/x}. */
    static String pointer(String location) {
        Pointer pointer = Pointer.ROOT;
        int i = 0;
        while (i < location.length()) {
            if (location.startsWith("#/", i)) {
                // A reference target named in the message, not a location: the pointer ends at its holder.
                break;
            }
            String token;
            if (location.charAt(i) == '\'') {
                int close = location.indexOf('\'', i + 1);
                close = close < 0 ? location.length() : close;
                token = location.substring(i + 1, close);
                i = close + 1;
            } else {
                int end = i;
                while (end < location.length() && location.charAt(end) != '.' && location.charAt(end) != '(') {
                    end++;
                }
                token = location.substring(i, end);
                i = end;
            }
            if (!token.isEmpty()) {
                pointer = pointer.add(token);
            }
            if (i < location.length() && location.charAt(i) == '(') {
                int close = location.indexOf(')', i);
                close = close < 0 ? location.length() : close;
                pointer = pointer.add(location.substring(i + 1, close));
                i = close + 1;
            }
            if (i < location.length() && location.charAt(i) == '.') {
                i++;
            }
        }
        return pointer.value();
    }
}
