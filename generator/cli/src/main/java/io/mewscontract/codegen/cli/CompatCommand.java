package io.mewscontract.codegen.cli;

import io.mewscontract.codegen.Artifact;
import io.mewscontract.codegen.compat.Axis;
import io.mewscontract.codegen.compat.Bump;
import io.mewscontract.codegen.compat.Change;
import io.mewscontract.codegen.compat.CompatChecker;
import io.mewscontract.codegen.compat.CompatException;
import io.mewscontract.codegen.compat.CompatReport;
import io.mewscontract.codegen.compat.CompatRequest;
import io.mewscontract.codegen.compat.report.BreakingListing;
import io.mewscontract.codegen.compat.report.Changelog;
import io.mewscontract.codegen.compat.report.MarkdownReport;
import io.mewscontract.codegen.compat.report.VersionBump;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code compat --old FILE --new FILE}: what the change from one spec to the other does to deployed clients,
 * deployed servers and the generated Java API, and the version bump it needs. Prints a summary; writes the full
 * report and the changelog where asked. Nothing is written when the specs cannot be compared.
 */
final class CompatCommand {

    static final int BREAKING_WITHOUT_MAJOR = 3;

    static final String USAGE = """
            Usage: java -jar mews-codegen.jar compat --old FILE --new FILE [options]

            Compares two versions of a spec: for every change, wire compatibility for deployed clients and for
            deployed servers, and source/binary compatibility of the generated Java API; then the version bump.

              --old FILE              the spec of the last release
              --new FILE              the spec about to be released
              --model, --client, --server
                                      judge only those parts' generated Java API (none given: all three;
                                      the model's records, enums and validators always count)
              --old-version V         the last release's version (1.4.2); with --new-version, the bump is checked
              --new-version V         the version about to be released; also the changelog's title
              --report FILE           write the full report (markdown)
              --changelog FILE        write the changelog (markdown)
              --fail-on-breaking      exit 3 when a change breaks and the versions are not a major bump apart
                                      (without versions: when any change breaks)
              --help                  print this help

            Exit codes: 0 compared, 1 I/O failure, 2 the specs cannot be compared (different APIs, a missing
            file, a spec the generator refuses) or invalid arguments, 3 breaking without a major bump.
            """;

    /** The parsed {@code compat} command line. */
    record Options(
            Path oldSpec,
            Path newSpec,
            Set<Artifact> artifacts,
            @Nullable String oldVersion,
            @Nullable String newVersion,
            @Nullable Path report,
            @Nullable Path changelog,
            boolean failOnBreaking) {

        static Options parse(List<String> args) throws Arguments.UsageException {
            Path oldSpec = null;
            Path newSpec = null;
            Set<Artifact> artifacts = EnumSet.noneOf(Artifact.class);
            String oldVersion = null;
            String newVersion = null;
            Path report = null;
            Path changelog = null;
            boolean failOnBreaking = false;
            for (int i = 1; i < args.size(); i++) {
                String option = args.get(i);
                switch (option) {
                    case "--old" -> oldSpec = Path.of(value(args, ++i, option));
                    case "--new" -> newSpec = Path.of(value(args, ++i, option));
                    case "--model" -> artifacts.add(Artifact.MODEL);
                    case "--client" -> artifacts.add(Artifact.CLIENT);
                    case "--server" -> artifacts.add(Artifact.SERVER);
                    case "--old-version" -> oldVersion = value(args, ++i, option);
                    case "--new-version" -> newVersion = value(args, ++i, option);
                    case "--report" -> report = Path.of(value(args, ++i, option));
                    case "--changelog" -> changelog = Path.of(value(args, ++i, option));
                    case "--fail-on-breaking" -> failOnBreaking = true;
                    default -> throw new Arguments.UsageException("Unknown option '" + option + "'");
                }
            }
            if (oldSpec == null || newSpec == null) {
                throw new Arguments.UsageException("compat needs --old and --new");
            }
            if ((oldVersion == null) != (newVersion == null)) {
                throw new Arguments.UsageException("give --old-version and --new-version together");
            }
            if (oldVersion != null) {
                try {
                    VersionBump.between(oldVersion, newVersion);
                } catch (IllegalArgumentException e) {
                    throw new Arguments.UsageException(String.valueOf(e.getMessage()));
                }
            }
            return new Options(oldSpec, newSpec, artifacts, oldVersion, newVersion, report, changelog, failOnBreaking);
        }

        private static String value(List<String> args, int index, String option) throws Arguments.UsageException {
            if (index >= args.size() || args.get(index).startsWith("--")) {
                throw new Arguments.UsageException(option + " needs a value");
            }
            return args.get(index);
        }
    }

    private CompatCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.print(USAGE);
            return Main.OK;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (Arguments.UsageException e) {
            err.println("error: " + e.getMessage());
            err.println();
            err.print(USAGE);
            return Main.INVALID_INPUT;
        }
        CompatReport report;
        try {
            report = new CompatChecker()
                    .compare(new CompatRequest(
                            options.oldSpec(),
                            options.newSpec(),
                            options.oldSpec().toString(),
                            options.newSpec().toString(),
                            options.artifacts()));
        } catch (CompatException e) {
            err.println("error: " + e.getMessage());
            return Main.INVALID_INPUT;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return Main.IO_FAILURE;
        }
        try {
            if (options.report() != null) {
                write(options.report(), MarkdownReport.render(report));
            }
            if (options.changelog() != null) {
                String version = options.newVersion() != null ? options.newVersion() : report.newApiVersion();
                write(options.changelog(), Changelog.render(report, version));
            }
        } catch (IOException e) {
            err.println("error: cannot write " + e.getMessage());
            return Main.IO_FAILURE;
        }
        summary(report, out);
        return verdict(report, options, out, err);
    }

    private static void summary(CompatReport report, PrintStream out) {
        out.printf(
                "%s: %d changes, %d breaking; version bump needed: %s%n",
                report.title(),
                report.changes().size(),
                report.breakingChanges().size(),
                report.bump());
        for (Change change : report.changes()) {
            StringBuilder line = new StringBuilder("  ");
            for (Axis axis : Axis.values()) {
                line.append(String.format("%-12s", change.on(axis).verdict().label()));
            }
            out.println(line.append(change.summary()));
        }
        if (!report.changes().isEmpty()) {
            out.println("  (columns: deployed clients, deployed servers, Java API)");
        }
    }

    private static int verdict(CompatReport report, Options options, PrintStream out, PrintStream err) {
        if (options.oldVersion() != null) {
            String from = options.oldVersion();
            String to = java.util.Objects.requireNonNull(options.newVersion());
            boolean enough = VersionBump.suffices(from, to, report.bump());
            out.printf(
                    "%s -> %s is a %s bump: %s%n",
                    from,
                    to,
                    VersionBump.between(from, to),
                    enough
                            ? "enough"
                            : "not enough, the changes need " + report.bump() + " (at least "
                                    + VersionBump.next(from, report.bump()) + ")");
            if (options.failOnBreaking() && report.bump() == Bump.MAJOR && !enough) {
                breakingList(report, err, from + " -> " + to + " is not a major version bump");
                return BREAKING_WITHOUT_MAJOR;
            }
        } else if (options.failOnBreaking() && report.bump() == Bump.MAJOR) {
            breakingList(report, err, "no versions were given (--old-version, --new-version)");
            return BREAKING_WITHOUT_MAJOR;
        }
        return Main.OK;
    }

    private static void breakingList(CompatReport report, PrintStream err, String why) {
        List<String> lines = BreakingListing.lines(report, why);
        err.println("error: " + lines.get(0));
        lines.stream().skip(1).forEach(err::println);
    }

    private static void write(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
