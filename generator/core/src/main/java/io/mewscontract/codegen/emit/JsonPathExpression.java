package io.mewscontract.codegen.emit;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java expression computing a JSON path in a validator, e.g. {@code path + ".States[" + i + "]"}: starts at
 * the {@code path} parameter, appends property names and index variables, and merges adjacent literals.
 */
final class JsonPathExpression {

    /** A part: a literal to append, or the name of a variable whose value is appended. */
    private record Part(String text, boolean variable) {}

    private final List<Part> parts;

    private JsonPathExpression(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /** The path held by the variable {@code name} (the validator's {@code path} parameter). */
    static JsonPathExpression of(String name) {
        return new JsonPathExpression(List.of(new Part(name, true)));
    }

    JsonPathExpression property(String wireName) {
        return append(new Part("." + wireName, false));
    }

    JsonPathExpression index(String variable) {
        return append(new Part("[", false)).append(new Part(variable, true)).append(new Part("]", false));
    }

    private JsonPathExpression append(Part part) {
        List<Part> next = new ArrayList<>(parts);
        Part last = next.get(next.size() - 1);
        if (!part.variable() && !last.variable()) {
            next.set(next.size() - 1, new Part(last.text() + part.text(), false));
        } else {
            next.add(part);
        }
        return new JsonPathExpression(next);
    }

    CodeBlock code() {
        List<CodeBlock> blocks = new ArrayList<>();
        for (Part part : parts) {
            blocks.add(part.variable() ? CodeBlock.of("$N", part.text()) : CodeBlock.of("$S", part.text()));
        }
        return CodeBlock.join(blocks, " + ");
    }
}
