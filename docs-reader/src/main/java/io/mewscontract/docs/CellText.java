package io.mewscontract.docs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reduces a cell or list item to plain text, so all renderings yield comparable strings. */
final class CellText {
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private CellText() {
    }

    /** {@code [Amount](https://...)} becomes {@code Amount}; code spans lose their backticks. */
    static String plain(String cell) {
        String text = LINK.matcher(cell).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        text = text.replace("`", "");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
