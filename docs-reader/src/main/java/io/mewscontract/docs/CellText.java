package io.mewscontract.docs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reduces a cell or list item to plain text, so all renderings yield comparable strings. */
final class CellText {
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LINE_BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern FIRST_LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]*)[^)]*\\)");

    private CellText() {}

    /** {@code [Amount](https://...)} becomes {@code Amount}; code spans lose their backticks. */
    static String plain(String cell) {
        String text = cell.replace("\\(", "(").replace("\\)", ")");
        text = LINE_BREAK.matcher(text).replaceAll(" ");
        text = HTML_TAG.matcher(text).replaceAll(" ");
        text = LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        text = text.replace("`", "").replace("~~", "").replace("**", "");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** The target of the first link in a cell ({@code _objects.md#time-interval}), or empty. */
    static String firstLinkTarget(String cell) {
        Matcher m = FIRST_LINK.matcher(cell.replace("\\(", "(").replace("\\)", ")"));
        return m.find() ? m.group(2) : "";
    }

    /** Whether the cell is struck through as a whole ({@code ~~`Flag`~~}). */
    static boolean struckThrough(String cell) {
        String stripped = cell.strip();
        return stripped.startsWith("~~") && stripped.length() > 4;
    }
}
