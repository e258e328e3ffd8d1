package io.mewscontract.docstospec.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A markdown page as GitBook's text export prints it (CONNECTOR-DOC-FORMS.md, as the GitBook test pages show it):
 * headings, hints, fences and the generated comment lose their markup; a table's cells go one per line; a type
 * cell holding a link is dropped and a description's link loses its text, each dropped text printed at the page's
 * end after the page chrome; strike-through, code spans, bold and HTML go; bullets become {@code •} lines.
 */
final class GitBookExport {
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)]*)\\)");
    private static final Pattern HEADING = Pattern.compile("^#+ (.*)$");
    private static final Pattern SEPARATOR = Pattern.compile("^\\|\\s*:?--.*");
    private static final Pattern BULLET = Pattern.compile("^[*-] (.*)$");

    private GitBookExport() {}

    static String of(String page) {
        List<String> out = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        boolean code = false;
        for (String line : page.split("\n", -1)) {
            if (line.startsWith("```")) {
                code = !code;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            Matcher bullet = BULLET.matcher(line);
            if (code) {
                out.add(line);
            } else if (line.startsWith("<!--")
                    || line.startsWith("{% ")
                    || SEPARATOR.matcher(line).matches()) {
                continue;
            } else if (heading.matches()) {
                out.add(heading.group(1));
            } else if (line.startsWith("|")) {
                table(line, out, dropped);
            } else if (bullet.matches()) {
                out.add("  • " + inline(bullet.group(1), dropped));
            } else {
                out.add(inline(line, dropped));
            }
        }
        out.addAll(List.of("", "PreviousSomethingNextOther", "", "Last updated 2 months ago", ""));
        out.addAll(dropped);
        return String.join("\n", out) + "\n";
    }

    private static void table(String line, List<String> out, List<String> dropped) {
        String[] cells = line.strip().replaceAll("^\\||\\|$", "").split("\\|", -1);
        if (cells[0].strip().equals("Property")) {
            for (String cell : cells) {
                out.add(cell.strip());
            }
            out.add("");
            return;
        }
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i].strip();
            String text;
            Matcher link = LINK.matcher(cell);
            if (i == 1 && link.find()) {
                // A type cell holding a link is dropped whole; its texts go to the page's end.
                String before = clean(cell.substring(0, link.start()));
                if (!before.isEmpty()) {
                    dropped.add(before);
                }
                dropped.add(clean(link.group(1)));
                text = "";
            } else {
                text = inline(cell, dropped);
            }
            if (!text.isEmpty()) {
                out.add(text);
                out.add("");
            }
        }
    }

    private static String inline(String text, List<String> dropped) {
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            dropped.add(clean(link.group(1)));
        }
        return clean(LINK.matcher(text).replaceAll(""));
    }

    private static String clean(String text) {
        return text.replace("~~", "")
                .replace("`", "")
                .replace("**", "")
                .replace("\\(", "(")
                .replace("\\)", ")")
                .replaceAll("<br\\s*/?>", " ")
                .replaceAll("</?div[^>]*>", "")
                .strip();
    }
}
