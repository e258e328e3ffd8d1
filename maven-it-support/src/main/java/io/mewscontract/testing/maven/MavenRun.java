package io.mewscontract.testing.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One finished Maven build of a fixture.
 *
 * @param exitCode Maven's exit code
 * @param log everything Maven printed (standard output and error)
 * @param logFile where the log is kept for a human reading a failure
 */
public record MavenRun(int exitCode, String log, Path logFile) {

    /** A line of a Java stack trace ({@code at a.b.C.method(C.java:12)}) or of a chained cause. */
    private static final Pattern STACK_TRACE_LINE =
            Pattern.compile("^\\s+at [\\w$.]+\\(.*\\)$|^Caused by: ", Pattern.MULTILINE);

    public List<String> lines() {
        return log.lines().toList();
    }

    /** How many lines contain {@code text}. */
    public long linesContaining(String text) {
        return log.lines().filter(line -> line.contains(text)).count();
    }

    public boolean hasStackTrace() {
        return STACK_TRACE_LINE.matcher(log).find();
    }

    /** For assertion messages: the end of the log, where Maven reports what failed. */
    public String tail() {
        List<String> lines = lines();
        return "exit code " + exitCode + ", log " + logFile + ":\n"
                + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
