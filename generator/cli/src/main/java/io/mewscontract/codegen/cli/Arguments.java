package io.mewscontract.codegen.cli;

import io.mewscontract.codegen.Artifact;
import io.mewscontract.codegen.JacksonVersion;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The parsed command line. Hand-written: one command and six options do not justify a dependency.
 *
 * @param help {@code --help} was given (everything else is ignored then)
 * @param spec {@code --spec FILE}
 * @param output {@code --output DIR}
 * @param basePackage {@code --package PKG}
 * @param artifacts {@code --model}, {@code --client} and/or {@code --server}; all three when none is given
 * @param quiet {@code --quiet}: no progress lines on stderr
 * @param jackson {@code --jackson 2|3}: the Jackson line the code is written for (2 when not given)
 * @param allowExternalRefs {@code --allow-external-refs}: follow {@code $ref}s to files outside the spec's
 *     directory and to http(s) documents
 */
record Arguments(
        boolean help,
        @Nullable Path spec,
        @Nullable Path output,
        @Nullable String basePackage,
        Set<Artifact> artifacts,
        boolean quiet,
        JacksonVersion jackson,
        boolean allowExternalRefs) {

    /** A command line that cannot be run, with what to fix. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    static Arguments parse(List<String> args) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("no command given");
        }
        if (args.contains("--help") || args.contains("-h") || args.get(0).equals("help")) {
            return new Arguments(true, null, null, null, Set.of(), false, JacksonVersion.JACKSON_2, false);
        }
        if (!args.get(0).equals("generate")) {
            throw new UsageException(
                    "Unknown command '" + args.get(0) + "'; the commands are: generate, draft, drift, compat");
        }
        Path spec = null;
        Path output = null;
        String basePackage = null;
        Set<Artifact> artifacts = EnumSet.noneOf(Artifact.class);
        boolean quiet = false;
        JacksonVersion jackson = JacksonVersion.JACKSON_2;
        boolean allowExternalRefs = false;
        for (int i = 1; i < args.size(); i++) {
            String option = args.get(i);
            switch (option) {
                case "--spec" -> spec = Path.of(value(args, ++i, option));
                case "--output" -> output = Path.of(value(args, ++i, option));
                case "--package" -> basePackage = value(args, ++i, option);
                case "--model" -> artifacts.add(Artifact.MODEL);
                case "--client" -> artifacts.add(Artifact.CLIENT);
                case "--server" -> artifacts.add(Artifact.SERVER);
                case "--quiet", "-q" -> quiet = true;
                case "--jackson" -> jackson = jackson(value(args, ++i, option));
                case "--allow-external-refs" -> allowExternalRefs = true;
                default -> throw new UsageException("Unknown option '" + option + "'");
            }
        }
        if (spec == null || output == null || basePackage == null) {
            throw new UsageException("generate needs --spec, --output and --package");
        }
        return new Arguments(
                false,
                spec,
                output,
                basePackage,
                artifacts.isEmpty() ? EnumSet.allOf(Artifact.class) : artifacts,
                quiet,
                jackson,
                allowExternalRefs);
    }

    private static JacksonVersion jackson(String value) throws UsageException {
        try {
            return JacksonVersion.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--jackson: " + e.getMessage());
        }
    }

    private static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
    }
}
