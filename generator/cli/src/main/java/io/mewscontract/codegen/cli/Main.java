package io.mewscontract.codegen.cli;

import io.mewscontract.codegen.CodeGenerator;
import io.mewscontract.codegen.GenerationProgress;
import io.mewscontract.codegen.GenerationRequest;
import io.mewscontract.codegen.GenerationResult;
import io.mewscontract.codegen.SpecException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Objects;

/**
 * {@code java -jar mews-codegen.jar generate --spec FILE --output DIR --package PKG [--client] [--server]}.
 *
 * <p>Exit codes: 0 success; 1 an I/O failure (the spec cannot be read, the output cannot be written); 2 the
 * input is invalid: an invalid or unsupported spec, or an unusable command line (no arguments at all included); 3 the
 * generator itself failed. Errors go to stderr as one message each, never as a stack trace; so does a line per
 * stage (what it produced and its time) unless {@code --quiet}.
 */
public final class Main {

    static final int OK = 0;
    static final int IO_FAILURE = 1;
    static final int INVALID_INPUT = 2;
    static final int GENERATOR_FAILURE = 3;

    static final String USAGE = """
            Usage: java -jar mews-codegen.jar generate --spec FILE --output DIR --package PKG [--client] [--server]

            Generates Java sources from a Mews Connector API spec (OpenAPI 3.0).

              --spec FILE     the OpenAPI file (YAML or JSON)
              --output DIR    the source root to write into; only files this generator wrote are replaced or deleted
              --package PKG   the base package: PKG.model, PKG.validation, PKG.operation, PKG.client, PKG.server
              --client        generate client interfaces and implementations
              --server        generate service interfaces and the operation table
                              (neither flag: both)
              --quiet, -q     no progress lines (one per stage, on stderr)
              --help          print this help

            Exit codes: 0 success, 1 I/O failure, 2 invalid or unsupported spec, or invalid arguments,
            3 the generator failed (a bug: please report it with the spec).
            """;

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    /** Runs the command line; returns the exit code. Never throws and never exits (testable). */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        quietParserLogging();
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
        try {
            GenerationRequest request = new GenerationRequest(Objects.requireNonNull(arguments.spec()),
                    Objects.requireNonNull(arguments.output()), Objects.requireNonNull(arguments.basePackage()),
                    arguments.artifacts());
            GenerationResult result = new CodeGenerator().generate(request,
                    arguments.quiet() ? GenerationProgress.SILENT : new ConsoleProgress(err));
            out.printf("Generated %d files into %s: %d written, %d unchanged, %d deleted.%n",
                    result.written().size() + result.unchanged().size(), request.outputDirectory(),
                    result.written().size(), result.unchanged().size(), result.deleted().size());
            return OK;
        } catch (SpecException e) {
            err.println(e.kind() == SpecException.Kind.INVALID
                    ? "error: the spec is invalid:"
                    : "error: the spec uses a construct the generator does not support:");
            err.println(e.getMessage());
            return INVALID_INPUT;
        } catch (NoSuchFileException e) {
            err.println("error: no such file: " + e.getFile());
            return IO_FAILURE;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return IO_FAILURE;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return INVALID_INPUT;
        } catch (RuntimeException e) {
            // Not the user's fault, but still no stack trace: the one line says what to report.
            err.println("error: the generator failed on " + arguments.spec() + ": " + e
                    + " (a bug in mews-codegen: please report it with the spec)");
            return GENERATOR_FAILURE;
        }
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
