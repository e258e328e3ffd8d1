package io.mewscontract.codegen.cli;

import io.mewscontract.codegen.CodeGenerator;
import io.mewscontract.codegen.GenerationProgress;
import io.mewscontract.codegen.GenerationRequest;
import io.mewscontract.codegen.GenerationResult;
import io.mewscontract.codegen.ReferenceScope;
import io.mewscontract.codegen.SpecException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code java -jar mews-codegen.jar generate --spec FILE --output DIR --package PKG [--model] [--client]
 * [--server] [--jackson 2|3]}, and {@code compat --old FILE --new FILE} ({@link CompatCommand}).
 *
 * <p>Exit codes: 0 success; 1 an I/O failure (the spec cannot be read, the output cannot be written); 2 the
 * input is invalid: an invalid or unsupported spec, or an unusable command line (no arguments at all included); 3
 * the generator ran out of memory; 4 a bug in the generator. Errors go to stderr as one line each, never as a stack
 * trace; so does a line per stage (what it produced and its time) unless {@code --quiet}. A failed run leaves the
 * output directory as it was.
 */
public final class Main {

    static final int OK = 0;
    static final int IO_FAILURE = 1;
    static final int INVALID_INPUT = 2;
    static final int OUT_OF_MEMORY = 3;
    static final int INTERNAL_ERROR = 4;

    static final String USAGE = """
            Usage: java -jar mews-codegen.jar generate --spec FILE --output DIR --package PKG
                   [--model] [--client] [--server] [--jackson 2|3]

            Generates Java sources from a Mews Connector API spec (OpenAPI 3.0).

              --spec FILE     the OpenAPI file (YAML or JSON)
              --output DIR    the source root to write into; only files this generator wrote are replaced or deleted
              --package PKG   the base package: PKG.model, PKG.validation, PKG.operation, PKG.client, PKG.server
              --model         generate records, enums, validators and operation descriptors
              --client        generate client interfaces, implementations and the facade
              --server        generate service interfaces and the operation table
                              (no flag: all three; client and server use the model in the same PKG)
              --jackson 2|3   the Jackson line the code is written for (default 2); 3 (tools.jackson, Spring
                              Boot 4) compiles against io.mewscontract:mews-contract-runtime-jackson3
              --quiet, -q     no progress lines (one per stage, on stderr)
              --allow-external-refs
                              also follow $refs to files outside the spec's directory and to http(s)
                              documents (default: only files under the spec's directory)
              --help          print this help

            Other commands:
              draft --docs FILE|DIR... --output FILE   draft an OpenAPI spec from Connector API pages
                                                       (draft --help for details)
              drift --spec FILE --docs FILE|DIR...     report what the pages say that the spec does not
                                                       (drift --help for details; exit 3 on drift)
              compat --old FILE --new FILE             what a spec change does to deployed clients, deployed
                                                       servers and the Java API (compat --help for details)

            Exit codes: 0 success, 1 I/O failure, 2 invalid or unsupported spec, or invalid arguments,
                        3 out of memory (raise -Xmx), 4 a bug in the generator (please report it).
            A failed run leaves the output directory as it was.
            """;

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    /** Runs the command line; returns the exit code. Never throws and never exits (testable). */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        quietParserLogging();
        if (!args.isEmpty() && args.get(0).equals("compat")) {
            return CompatCommand.run(args, out, err);
        }
        if (!args.isEmpty() && args.get(0).equals("draft")) {
            return DraftCommand.run(args.subList(1, args.size()), out, err);
        }
        if (!args.isEmpty() && args.get(0).equals("drift")) {
            return DriftCommand.run(args.subList(1, args.size()), out, err);
        }
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (Arguments.UsageException e) {
            err.println("error: " + e.getMessage());
            err.println();
            err.print(USAGE);
            return INVALID_INPUT;
        }
        if (arguments.help()) {
            out.print(USAGE);
            return OK;
        }
        // -Dmews-codegen.warm-up=off measures a run without it (generator/bench/compare.sh WARM_UP=0).
        if (!"off".equals(System.getProperty("mews-codegen.warm-up"))) {
            WarmUp.startIfSpareCore();
        }
        try {
            GenerationRequest request = new GenerationRequest(
                    Objects.requireNonNull(arguments.spec()),
                    Objects.requireNonNull(arguments.output()),
                    Objects.requireNonNull(arguments.basePackage()),
                    arguments.artifacts(),
                    arguments.jackson(),
                    arguments.allowExternalRefs() ? ReferenceScope.ANYWHERE : ReferenceScope.SPEC_DIRECTORY);
            GenerationResult result = new CodeGenerator()
                    .generate(
                            request,
                            arguments.quiet()
                                    ? GenerationProgress.SILENT
                                    // stderr, a line at a time: scripts keep stdout for the summary.
                                    : GenerationProgress.lines("mews-codegen: ", line -> {
                                        err.println(line);
                                        err.flush();
                                    }));
            out.printf(
                    "Generated %d files into %s: %d written, %d unchanged, %d deleted.%n",
                    result.written().size() + result.unchanged().size(),
                    request.outputDirectory(),
                    result.written().size(),
                    result.unchanged().size(),
                    result.deleted().size());
            return OK;
        } catch (SpecException e) {
            String what = e.kind() == SpecException.Kind.INVALID
                    ? "error: the spec is invalid: "
                    : "error: the spec uses a construct the generator does not support: ";
            // One line per problem; a single problem on the same line as what kind of error it is.
            err.println(e.problems().size() == 1 ? what + e.getMessage() : what.strip() + "\n" + e.getMessage());
            return INVALID_INPUT;
        } catch (NoSuchFileException e) {
            err.println("error: no such file: " + e.getFile());
            return IO_FAILURE;
        } catch (IOException e) {
            err.println("error: " + oneLine(e.getMessage()));
            return IO_FAILURE;
        } catch (IllegalArgumentException e) {
            err.println("error: " + oneLine(e.getMessage()));
            return INVALID_INPUT;
        } catch (OutOfMemoryError e) {
            err.println("error: out of memory while generating; run with a larger heap (java -Xmx2g -jar ...)");
            return OUT_OF_MEMORY;
        } catch (RuntimeException | StackOverflowError e) {
            err.println("error: the generator failed (a bug, please report it with the spec): "
                    + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage())));
            return INTERNAL_ERROR;
        }
    }

    private static String oneLine(@Nullable String text) {
        return String.valueOf(text).strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /**
     * swagger-parser logs through SLF4J, which announces on stderr that no logging backend is bound. That line
     * is noise for a command-line user; real errors reach them as messages.
     */
    private static void quietParserLogging() {
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }
}
