package io.mewscontract.codegen.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * The last step of rendering a file: keeps lines within the project's {@value #LIMIT} columns where JavaPoet gives
 * the emitters no wrap point, without running a formatter (formatting the output of a whole-API spec costs more than
 * generating it). Emitters wrap their own code with {@code $W}/{@code $Z}; this pass only
 *
 * <ul>
 *   <li>wraps comment lines (Javadoc composed from long names, titles and descriptions) at a space, keeping the
 *       {@code *} prefix, never so that a continuation starts with {@code @} (a block tag), never inside
 *       {@code <pre>};
 *   <li>breaks a line that starts with annotations (a record component or parameter, whose annotations JavaPoet
 *       joins with plain spaces) between its annotations, continuation lines indented by 8;
 *   <li>breaks a type declaration before {@code implements}/{@code extends}, and a field declaration that ends in
 *       {@code =} (its initializer wrapped by the emitter) before the field's name: JavaPoet wraps neither;
 *   <li>drops trailing spaces (a {@code $Z} wrap after {@code " = "} leaves one).
 * </ul>
 *
 * Every break is at whitespace between tokens or words, outside string literals, so the code and the rendered
 * Javadoc mean the same. A single word or identifier longer than the limit stays as it is. Linear in the file size.
 */
public final class LongLines {

    /** The column limit (palantir-java-format's). */
    public static final int LIMIT = 120;

    private static final String CONTINUATION = " ".repeat(8);

    private LongLines() {}

    /** A file's source text, as the generator writes it: rendered by JavaPoet, then {@link #fit}. */
    public static String source(com.palantir.javapoet.JavaFile file) {
        return fit(file.toString());
    }

    public static String fit(String source) {
        String[] lines = source.split("\n", -1);
        StringBuilder out = new StringBuilder(source.length() + 64);
        boolean inComment = false;
        boolean inPre = false;
        for (int i = 0; i < lines.length; i++) {
            String line = stripTrailing(lines[i]);
            String trimmed = line.stripLeading();
            boolean commentLine = inComment || trimmed.startsWith("/*");
            if (commentLine) {
                inPre = (inPre || line.contains("<pre>")) && !line.contains("</pre>");
            }
            if (i > 0) {
                out.append('\n');
            }
            if (line.length() <= LIMIT) {
                out.append(line);
            } else if (commentLine && trimmed.startsWith("*") && !trimmed.startsWith("*/") && !inPre) {
                wrapComment(line, out);
            } else if (!commentLine && trimmed.startsWith("@")) {
                breakAnnotations(line, out);
            } else if (!commentLine) {
                breakDeclaration(line, out);
            } else {
                out.append(line);
            }
            if (commentLine) {
                inComment = !line.contains("*/");
            }
        }
        return out.toString();
    }

    private static String stripTrailing(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        return line.substring(0, end);
    }

    /** {@code " * text"}: the text wrapped at spaces; a block tag's continuation indented by 4 more. */
    private static void wrapComment(String line, StringBuilder out) {
        int star = line.indexOf('*');
        String prefix = line.substring(0, star + 1) + " ";
        String text = line.substring(Math.min(line.length(), star + 2));
        String continuation = text.startsWith("@") ? prefix + "    " : prefix;
        String current = prefix;
        while (current.length() + text.length() > LIMIT) {
            int at = breakAt(text, LIMIT - current.length());
            if (at < 0) {
                break;
            }
            out.append(current).append(text, 0, at).append('\n');
            text = text.substring(at + 1).stripLeading();
            current = continuation;
        }
        out.append(current).append(text);
    }

    /**
     * The space to break {@code text} at so that the first part has at most {@code width} characters (else the first
     * space after), never before {@code @}; -1 when there is none.
     */
    private static int breakAt(String text, int width) {
        int best = -1;
        for (int i = 1; i < text.length() - 1; i++) {
            if (text.charAt(i) == ' ' && text.charAt(i - 1) != ' ' && text.charAt(i + 1) != '@') {
                if (i <= width || best < 0) {
                    best = i;
                }
                if (i > width) {
                    break;
                }
            }
        }
        return best;
    }

    /**
     * A type declaration line before {@code implements} (or {@code extends}); {@code Type NAME =} before
     * {@code NAME}; anything else unchanged.
     */
    private static void breakDeclaration(String line, StringBuilder out) {
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        int at = -1;
        if (line.endsWith(" {") && !line.contains("\"")) {
            at = line.indexOf(" implements ");
            at = at < 0 ? line.indexOf(" extends ") : at;
        } else if (line.endsWith(" =") && !line.contains("\"")) {
            at = line.lastIndexOf(' ', line.length() - 3);
        }
        if (at <= indent.length()) {
            out.append(line);
            return;
        }
        out.append(line, 0, at).append('\n').append(indent).append(CONTINUATION).append(line.substring(at + 1));
    }

    /** {@code @A(..) @B(..) Type name,}: as many annotations per line as fit, the rest on continuation lines. */
    private static void breakAnnotations(String line, StringBuilder out) {
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        List<String> pieces = new ArrayList<>();
        int at = indent.length();
        while (at < line.length() && line.charAt(at) == '@') {
            int end = annotationEnd(line, at);
            if (end < 0 || end >= line.length() || line.charAt(end) != ' ') {
                break;
            }
            pieces.add(line.substring(at, end));
            at = end + 1;
        }
        if (pieces.isEmpty()) {
            out.append(line);
            return;
        }
        pieces.add(line.substring(at));
        StringBuilder current = new StringBuilder(indent).append(pieces.get(0));
        for (String piece : pieces.subList(1, pieces.size())) {
            if (current.length() + 1 + piece.length() > LIMIT) {
                out.append(current).append('\n');
                current = new StringBuilder(indent).append(CONTINUATION).append(piece);
            } else {
                current.append(' ').append(piece);
            }
        }
        out.append(current);
    }

    /** The index after the annotation starting at {@code start} ({@code @Name} or {@code @Name(...)}), or -1. */
    private static int annotationEnd(String line, int start) {
        int at = start + 1;
        while (at < line.length() && (Character.isJavaIdentifierPart(line.charAt(at)) || line.charAt(at) == '.')) {
            at++;
        }
        if (at == start + 1) {
            return -1;
        }
        if (at >= line.length() || line.charAt(at) != '(') {
            return at;
        }
        int depth = 0;
        for (; at < line.length(); at++) {
            char c = line.charAt(at);
            if (c == '"' || c == '\'') {
                at = literalEnd(line, at);
                if (at < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return at + 1;
            }
        }
        return -1;
    }

    /** The index of the quote closing the string or character literal opened at {@code start}, or -1. */
    private static int literalEnd(String line, int start) {
        char quote = line.charAt(start);
        for (int at = start + 1; at < line.length(); at++) {
            char c = line.charAt(at);
            if (c == '\\') {
                at++;
            } else if (c == quote) {
                return at;
            }
        }
        return -1;
    }
}
