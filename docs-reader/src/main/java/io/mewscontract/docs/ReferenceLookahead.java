package io.mewscontract.docs;

/**
 * What the lines ahead of a reference page's lexer ({@link ReferenceSectionLexer}) are, decided from the text
 * alone: where a block of lines ends, which lines are structure rather than prose, and whether a line is the title
 * of a nested schema, an enum or a map (titles are told from names only by what follows them).
 */
final class ReferenceLookahead {
    private static final String OBJECT = "object";

    private final DocumentText text;
    private final int end;

    ReferenceLookahead(DocumentText text, int end) {
        this.text = text;
        this.end = end;
    }

    /** The last line of the block of non-blank lines starting at {@code n}. */
    int blockEnd(int n) {
        int last = n;
        while (last + 1 <= end && !text.isBlank(last + 1)) {
            last++;
        }
        return last;
    }

    /** Whether line {@code n} is structure (a marker, a type, an example, enum values, a title), never prose. */
    boolean isStructural(int n) {
        String line = text.line(n);
        return isMarker(line)
                || line.equals("Example")
                || OpenApiReferenceParser.isType(line)
                || ReferenceLines.isEnumStart(line)
                || ReferenceLines.isEnumValue(line)
                || ReferenceLines.additionalProperties(line).isPresent()
                || ReferenceLines.isUnionStart(line)
                || titleFollows(n);
    }

    /** A line that qualifies the property above it: {@code required}, {@code nullable}, a bound. */
    static boolean isMarker(String line) {
        return line.equals("required")
                || line.equals("nullable")
                || ReferenceLines.isDeprecatedMarker(line)
                || ContractText.isReferenceConstraint(line);
    }

    /** Whether the line after {@code n} is {@code object}, making {@code n} a schema title. */
    boolean titleFollows(int n) {
        return n + 1 <= end && text.line(n + 1).equals(OBJECT);
    }

    /** Whether the {@code object} line at {@code n} is a map's: {@code Additional properties:} follows. */
    boolean mapFollows(int n) {
        return n + 1 <= end
                && ReferenceLines.additionalProperties(text.line(n + 1)).isPresent();
    }

    /**
     * Whether {@code n} is the title of an enum: a type follows (after a description paragraph, as for an
     * object's title), then markers, then {@code Allowed values:}.
     */
    boolean enumTitleAt(int n) {
        int type = n + 1;
        if (type <= end && text.isBlank(type)) {
            int paragraph = text.nextNonBlank(type);
            if (paragraph > end || isStructural(paragraph)) {
                return false;
            }
            type = text.nextNonBlank(blockEnd(paragraph) + 1);
        }
        if (type > end || !OpenApiReferenceParser.isType(text.line(type))) {
            return false;
        }
        int after = type + 1;
        while (after <= end && isMarker(text.line(after))) {
            after++;
        }
        return after <= end && ReferenceLines.isEnumStart(text.line(after));
    }

    /**
     * Whether {@code n} is a schema title shown before a description and then {@code object}:
     * {@code Breakdown / required / Tax breakdown / (description) / object}.
     */
    boolean objectAfterParagraph(int n) {
        if (n + 1 > end || !text.isBlank(n + 1)) {
            return false;
        }
        int paragraph = text.nextNonBlank(n + 1);
        if (paragraph > end || isStructural(paragraph)) {
            return false;
        }
        int after = text.nextNonBlank(blockEnd(paragraph) + 1);
        return after <= end && text.line(after).equals(OBJECT);
    }
}
