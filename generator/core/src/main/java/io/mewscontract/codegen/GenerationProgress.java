package io.mewscontract.codegen;

import java.time.Duration;

/**
 * Hears the end of each stage of a run, with what the stage produced and how long it took. The core never prints:
 * the CLI shows these on stderr, the Maven plugin in its debug log.
 */
@FunctionalInterface
public interface GenerationProgress {

    /** Hears nothing. */
    GenerationProgress SILENT = (stage, summary, elapsed) -> {};

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
