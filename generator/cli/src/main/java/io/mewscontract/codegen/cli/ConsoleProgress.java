package io.mewscontract.codegen.cli;

import io.mewscontract.codegen.GenerationProgress;
import java.io.PrintStream;
import java.time.Duration;

/** One line per finished stage on stderr, {@code mews-codegen: load   12 types, ... (240 ms)}: scripts keep stdout. */
final class ConsoleProgress implements GenerationProgress {

    private final PrintStream err;

    ConsoleProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public void stageFinished(Stage stage, String summary, Duration elapsed) {
        err.printf("mews-codegen: %-6s %s (%d ms)%n", stage.label(), summary, elapsed.toMillis());
        err.flush();
    }
}
