package io.mewscontract.docstospec.draft;

import java.util.Objects;

/**
 * A page given as text rather than as a file, e.g. a generated or test page.
 *
 * @param name the name findings and evidence use for the page (its file name, e.g. {@code widgets.md});
 *     links between pages ({@code [Widget](widgets.md#widget)}) are resolved by this name
 * @param content the page's text
 */
public record PageText(String name, String content) {
    public PageText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }
}
