package io.mewscontract.codegen;

import java.time.Duration;

/**
 * Hears the end of each stage of a run, with what the stage produced and how long it took. The core never prints:
 * the CLI shows {@link #lines} on stderr, the Maven plugin the same lines in its info log.
 */
@FunctionalInterface
public interface GenerationProgress {

    /** Hears nothing. */
    GenerationProgress SILENT = (stage, summary, elapsed) -> {};

    /**
     * One line per finished stage, the same wherever it is shown: {@code prefix} then
     * {@code load   23 types, 4 operations in 2 groups (512 ms)}.
     */
    static GenerationProgress lines(String prefix, java.util.function.Consumer<String> sink) {
        return (stage, summary, elapsed) -> sink.accept(line(prefix, stage, summary, elapsed));
    }

    /** The line {@link #lines} shows for one stage. */
    static String line(String prefix, Stage stage, String summary, Duration elapsed) {
        return String.format(
                java.util.Locale.ROOT, "%s%-6s %s (%d ms)", prefix, stage.label(), summary, elapsed.toMillis());
    }

    /** The stages of a run, in order. */
    enum Stage {
        /** Parse the spec and build the intermediate model. */
        LOAD,
        /** Turn the model into Java files, in memory. */
        EMIT,
        /** Compare with the output directory and write what changed. */
        WRITE;

        /** The stage's name as shown to people: {@code load}, {@code emit}, {@code write}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @param summary what the stage produced, counted ({@code 42 types, 9 operations})
     * @param elapsed the stage's wall-clock time
     */
    void stageFinished(Stage stage, String summary, Duration elapsed);
}
