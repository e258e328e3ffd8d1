package io.mewscontract.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the bullet lists under an enum heading, in the GitBook ({@code •}) and markdown ({@code *}, {@code -}) forms. */
final class EnumBullets {
    private static final Pattern BULLET = Pattern.compile("^\\s*[•*\\-]\\s+(.+)$");

    private EnumBullets() {}

    /** Whether the line is a list item. */
    static boolean isBullet(String rawLine) {
        return BULLET.matcher(rawLine).matches();
    }

    /**
     * The enum whose heading is at {@code headingLine} and whose items follow it, blank lines between
     * items allowed. A final {@code ...} item marks the list open-ended and is not a value.
     *
     * @return the enum and the last line it occupies
     */
    static Parsed read(DocumentText text, int headingLine, String name, int last) {
        return read(text, headingLine, text.nextNonBlank(headingLine + 1), name, last, 0);
    }

    /**
     * The enum whose heading is at {@code headingLine} and whose first item is at {@code firstItem}:
     * an intro paragraph or hint may stand between them ({@code notExhaustive} is the line of a note
     * there saying the list is not exhaustive, or 0).
     */
    static Parsed read(DocumentText text, int headingLine, int firstItem, String name, int last, int notExhaustive) {
        List<EnumValue> values = new ArrayList<>();
        boolean openEnded = false;
        int end = headingLine;
        int n = firstItem;
        while (n <= last) {
            Matcher m = BULLET.matcher(text.raw(n));
            if (!m.matches()) {
                break;
            }
            String item = CellText.plain(m.group(1));
            if (item.equals("...") || item.equals("…")) {
                openEnded = true;
            } else {
                int dash = item.indexOf(" - ");
                values.add(
                        dash < 0
                                ? new EnumValue(item, "", n)
                                : new EnumValue(
                                        item.substring(0, dash).strip(),
                                        item.substring(dash + 3).strip(),
                                        n));
            }
            end = n;
            n = text.nextNonBlank(n + 1);
        }
        return new Parsed(new DocumentedEnum(name, values, openEnded, headingLine, notExhaustive), end);
    }

    /** Whether the first non-blank line after {@code line} is a list item, i.e. {@code line} heads a list. */
    static boolean headsList(DocumentText text, int line, int last) {
        int next = text.nextNonBlank(line + 1);
        return next <= last && isBullet(text.raw(next)) && !isBullet(text.raw(line));
    }

    record Parsed(DocumentedEnum value, int lastLine) {}
}
