package io.mewscontract.codegen;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The spec cannot be turned into code: it is invalid (the parser reported problems, a convention is broken) or
 * uses a construct the generator does not support. Every problem names the spec file and the JSON pointer of
 * the offending node, so a user can go straight to it.
 */
public final class SpecException extends Exception {

    /** Why the spec was refused. */
    public enum Kind {
        /** Not valid OpenAPI, or a broken mews-contract convention (DESIGN.md). */
        INVALID,
        /** Valid, but uses a construct this generator does not turn into code. */
        UNSUPPORTED
    }

    /**
     * One problem.
     *
     * @param pointer JSON pointer into the spec ({@code /components/schemas/Foo/oneOf}); empty for the root
     * @param message what is wrong and, where it helps, what to do
     */
    public record Problem(String pointer, String message) {}

    private final Kind kind;
    private final Path file;
    private final List<Problem> problems;

    public SpecException(Kind kind, Path file, List<Problem> problems) {
        super(render(file, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A SpecException needs at least one problem");
        }
        this.kind = kind;
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public SpecException(Kind kind, Path file, String pointer, String message) {
        this(kind, file, List.of(new Problem(pointer, message)));
    }

    public Kind kind() {
        return kind;
    }

    public Path file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** {@code file#pointer: message}, one line per problem. */
    private static String render(Path file, List<Problem> problems) {
        return problems.stream()
                .map(problem -> file + "#" + problem.pointer() + ": " + problem.message())
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
