package io.mewscontract.codegen.cli;

import io.mewscontract.docs.Finding;
import io.mewscontract.docs.PageReader;
import io.mewscontract.docstospec.draft.DraftOptions;
import io.mewscontract.docstospec.draft.DraftResult;
import io.mewscontract.docstospec.draft.DraftRules;
import io.mewscontract.docstospec.draft.DraftYaml;
import io.mewscontract.docstospec.draft.Drafter;
import io.mewscontract.docstospec.draft.PageFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code mews-codegen draft --docs FILE|DIR... --output draft.yaml [--no-evidence] [--without RULE]...}: drafts
 * an OpenAPI spec from Connector API pages. Findings go to stderr as {@code document:line: severity [code]
 * message}; the draft is written even when some pages are bad.
 *
 * <p>Exit codes: 0 drafted; 1 the output cannot be written; 2 bad input (a page that cannot be read or is
 * not a Connector API page, no operation found, or an unusable command line).
 */
final class DraftCommand {
    static final String USAGE = """
            Usage: java -jar mews-codegen.jar draft --docs FILE|DIR... --output FILE [--no-evidence] [--without RULE]...

            Drafts an OpenAPI 3.0.3 spec from Connector API pages (markdown source, GitBook export or
            reference page; one version or several), applying the reconciliation rules one at a time.

              --docs FILE|DIR...  pages to read; a directory stands for its .md and .txt files
              --output FILE       where to write the draft (YAML)
              --no-evidence       leave out the x-mews-evidence lists (rule, decision, document:line)
              --without RULE      switch a rule off (repeatable), to see what the pages say without it
              --help              print this help

            Findings (document:line) go to stderr. Exit codes: 0 drafted, 1 output not writable,
            2 bad input (unreadable page, not a Connector API page, nothing to draft, bad arguments).
            """;

    private DraftCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) {
        List<Path> docs = new ArrayList<>();
        Path output = null;
        boolean evidence = true;
        DraftOptions options = DraftOptions.DEFAULT;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--help", "-h" -> {
                    out.print(USAGE);
                    return Main.OK;
                }
                case "--docs" -> {
                    while (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                        docs.add(Path.of(args.get(++i)));
                    }
                }
                case "--output" -> {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        return usage(err, "--output needs a value");
                    }
                    output = Path.of(args.get(++i));
                }
                case "--no-evidence" -> evidence = false;
                case "--without" -> {
                    if (i + 1 >= args.size() || !DraftRules.NAMES.contains(args.get(i + 1))) {
                        return usage(
                                err,
                                "--without needs a rule name, one of "
                                        + DraftRules.NAMES.stream().sorted().toList());
                    }
                    options = options.without(args.get(++i));
                }
                default -> {
                    return usage(err, "Unknown option '" + arg + "'");
                }
            }
        }
        if (docs.isEmpty() || output == null) {
            return usage(err, "draft needs --docs and --output");
        }
        DraftResult result = draftOnAllCores(docs, options);
        result.findings().forEach(err::println);
        com.fasterxml.jackson.databind.JsonNode document = evidence ? result.openApiWithEvidence() : result.openApi();
        int operations = document.path("paths").size();
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, DraftYaml.write(document), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("error: cannot write " + output + ": " + e.getMessage());
            return Main.IO_FAILURE;
        }
        long errors = result.findings().stream()
                .filter(f -> f.severity() == Finding.Severity.ERROR)
                .count();
        out.printf(
                "Drafted %d operations and %d schemas into %s (%d decisions, %d findings).%n",
                operations,
                document.path("components").path("schemas").size(),
                output,
                result.evidence().size(),
                result.findings().size());
        if (operations == 0) {
            err.println("error: the pages describe no operation");
            return Main.INVALID_INPUT;
        }
        return errors > 0 ? Main.INVALID_INPUT : Main.OK;
    }

    private static int usage(PrintStream err, String message) {
        err.println("error: " + message);
        err.println();
        err.print(USAGE);
        return Main.INVALID_INPUT;
    }

    /** Drafts with the pages parsed on the machine's cores: the same draft as a serial run, sooner. */
    private static DraftResult draftOnAllCores(List<Path> docs, DraftOptions options) {
        int cores = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService parsing = Executors.newFixedThreadPool(cores, task -> {
            Thread thread = new Thread(task, "mews-draft-parse");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return Drafter.draft(PageFiles.read(docs), options, new PageReader(parsing));
        } finally {
            parsing.shutdownNow();
        }
    }
}
