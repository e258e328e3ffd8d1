package io.mewscontract.codegen.emit;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * A Java string concatenation built piece by piece, with adjacent literals merged: so a validator's JSON path
 * reads {@code path + ".States[" + i + "]"} and a {@code toString} reads {@code "Type[a=" + a + ", b=***]"}.
 */
final class Concatenation {

    /** A part: a literal, or the name of a variable whose value is appended. */
    private record Part(String text, boolean variable) {}

    private final List<Part> parts;

    private Concatenation(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    static Concatenation variable(String name) {
        return new Concatenation(List.of(new Part(name, true)));
    }

    static Concatenation literal(String text) {
        return new Concatenation(List.of(new Part(text, false)));
    }

    Concatenation plusVariable(String name) {
        return append(new Part(name, true));
    }

    Concatenation plusLiteral(String text) {
        return append(new Part(text, false));
    }

    /** A JSON path step to a property: {@code .Name}. */
    Concatenation plusProperty(String wireName) {
        return plusLiteral("." + wireName);
    }

    /** A JSON path step to a map value whose key an expression yields: {@code .key}. */
    Concatenation plusPropertyVariable(String keyExpression) {
        return plusLiteral(".").plusVariable(keyExpression);
    }

    /** A JSON path step to a list item: {@code [index]}. */
    Concatenation plusIndex(String indexVariable) {
        return plusLiteral("[").plusVariable(indexVariable).plusLiteral("]");
    }

    private Concatenation append(Part part) {
        List<Part> next = new ArrayList<>(parts);
        Part last = next.get(next.size() - 1);
        if (!part.variable() && !last.variable()) {
            next.set(next.size() - 1, new Part(last.text() + part.text(), false));
        } else {
            next.add(part);
        }
        return new Concatenation(next);
    }

    /**
     * The path arguments of a check: for a variable followed by one literal ({@code path + ".Name"}), the two as
     * separate arguments ({@code path, ".Name"}), so that the check joins them only when it reports a violation;
     * otherwise the whole concatenation.
     */
    CodeBlock parentAndStep() {
        if (parts.size() == 2 && parts.get(0).variable() && !parts.get(1).variable()) {
            return CodeBlock.of("$N,$W$S", parts.get(0).text(), parts.get(1).text());
        }
        return code();
    }

    CodeBlock code() {
        List<CodeBlock> blocks = new ArrayList<>();
        for (Part part : parts) {
            blocks.add(part.variable() ? CodeBlock.of("$N", part.text()) : CodeBlock.of("$S", part.text()));
        }
        return CodeBlock.join(blocks, " +$W");
    }
}
