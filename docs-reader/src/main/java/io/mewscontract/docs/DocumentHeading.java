package io.mewscontract.docs;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A heading of a page and the anchor that links to it ({@code [Widget state](#widget-state)}).
 *
 * @param level 1 for {@code #}, 2 for {@code ##}, ...
 * @param text the heading as plain text, e.g. {@code Currency value (ver 2023-02-02)}
 * @param anchor the anchor GitBook gives it, e.g. {@code currency-value-ver-2023-02-02}
 * @param line 1-based line of the heading
 * @param holds what follows the heading before the next one
 */
public record DocumentHeading(int level, String text, String anchor, int line, Holds holds) {
    private static final Pattern NOT_SLUG = Pattern.compile("[^\\p{L}\\p{N}\\s-]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** What a heading's section holds, as far as a link to it is concerned. */
    public enum Holds {
        /** A property table: the heading names an object. */
        TABLE,
        /** A bullet list: the heading names an enum. */
        LIST,
        /** Neither (an operation title, a section marker, or a heading whose content is missing). */
        NOTHING
    }

    public DocumentHeading {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(holds, "holds");
    }

    /** The anchor of a heading text: lower case, punctuation dropped, spaces as hyphens. */
    public static String anchorOf(String headingText) {
        String kept = NOT_SLUG.matcher(headingText.toLowerCase(Locale.ROOT)).replaceAll("");
        return SPACES.matcher(kept.strip()).replaceAll("-");
    }
}
