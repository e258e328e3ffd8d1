package io.mewscontract.codegen.cli;

import io.mewscontract.docstospec.drift.DocsPagesDrafter;
import io.mewscontract.docstospec.drift.DriftReport;
import io.mewscontract.docstospec.drift.DriftRun;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code mews-codegen drift --spec S --docs FILE|DIR... [--decisions O] [--baseline FILE|DIR...] [--report MD]
 * [--json FILE]}: what the pages say that the curated spec (with its decisions) does not.
 *
 * <p>Exit codes: 0 no drift, 3 drift found (so CI can act), 2 bad input (unreadable spec, decisions or pages,
 * or an unusable command line), 1 the report could not be written.
 */
final class DriftCommand {
    static final int DRIFT = 3;

    static final String USAGE = """
            Usage: java -jar mews-codegen.jar drift --spec FILE --docs FILE|DIR... [--decisions FILE]
                       [--baseline FILE|DIR...] [--report FILE.md] [--json FILE.json]

            Reports what the Connector API pages say that the curated spec does not: new or removed operations
            and properties, new enum values, presence, nullability, type/format and constraint changes,
            deprecations, and decisions that went stale. Each finding names the page line, the spec element,
            what it means for existing client code and how to absorb it.

              --spec FILE        the curated OpenAPI spec
              --docs PATH...     the pages as they are now (files, or directories of .md/.txt pages)
              --decisions FILE   the decisions overlay (default: decisions.overlay.yaml beside the spec, if any)
              --baseline PATH... the pages the spec was last reconciled with: adds description-only changes
              --report FILE      write the markdown report there (default: print it)
              --json FILE        also write the report as JSON

            Exit codes: 0 no drift, 3 drift found, 2 bad input, 1 the report could not be written.
            """;

    private DriftCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (Arguments.UsageException e) {
            err.println("error: " + e.getMessage());
            err.println();
            err.print(USAGE);
            return Main.INVALID_INPUT;
        }
        if (options.help) {
            out.print(USAGE);
            return Main.OK;
        }
        DriftReport report;
        try {
            report = DriftRun.run(
                    new DriftRun.Request(
                            java.util.Objects.requireNonNull(options.spec, "--spec"),
                            options.decisions,
                            options.docs,
                            options.baseline),
                    DocsPagesDrafter.INSTANCE);
        } catch (DriftRun.BadInputException e) {
            err.println("error: " + e.getMessage());
            return Main.INVALID_INPUT;
        }
        try {
            if (options.report == null) {
                out.print(report.markdown());
            } else {
                write(options.report, report.markdown());
            }
            if (options.json != null) {
                write(options.json, report.json());
            }
        } catch (IOException e) {
            err.println("error: cannot write the report: " + e.getMessage());
            return Main.IO_FAILURE;
        }
        if (options.report != null || options.json != null) {
            out.printf(
                    "%s: %d finding(s), %d possibly breaking.%n",
                    report.hasDrift() ? "Drift" : "No drift", report.findings().size(), report.breakingCount());
        }
        return report.hasDrift() ? DRIFT : Main.OK;
    }

    private static void write(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The parsed options of {@code drift}. */
    private static final class Options {
        boolean help;

        @Nullable
        Path spec;

        @Nullable
        Path decisions;

        final List<Path> docs = new ArrayList<>();
        final List<Path> baseline = new ArrayList<>();

        @Nullable
        Path report;

        @Nullable
        Path json;

        static Options parse(List<String> args) throws Arguments.UsageException {
            Options options = new Options();
            for (int i = 0; i < args.size(); i++) {
                String option = args.get(i);
                switch (option) {
                    case "--help", "-h" -> options.help = true;
                    case "--spec" -> options.spec = Path.of(value(args, ++i, option));
                    case "--decisions" -> options.decisions = Path.of(value(args, ++i, option));
                    case "--report" -> options.report = Path.of(value(args, ++i, option));
                    case "--json" -> options.json = Path.of(value(args, ++i, option));
                    case "--docs", "--baseline" -> {
                        List<Path> into = option.equals("--docs") ? options.docs : options.baseline;
                        into.add(Path.of(value(args, ++i, option)));
                        while (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                            into.add(Path.of(args.get(++i)));
                        }
                    }
                    default -> throw new Arguments.UsageException("Unknown option '" + option + "' for drift");
                }
            }
            if (!options.help && (options.spec == null || options.docs.isEmpty())) {
                throw new Arguments.UsageException("drift needs --spec and --docs");
            }
            return options;
        }

        private static String value(List<String> args, int index, String option) throws Arguments.UsageException {
            if (index >= args.size() || args.get(index).startsWith("--")) {
                throw new Arguments.UsageException(option + " needs a value");
            }
            return args.get(index);
        }
    }
}
