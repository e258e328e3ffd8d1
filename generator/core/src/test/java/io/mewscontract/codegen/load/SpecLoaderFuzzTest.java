package io.mewscontract.codegen.load;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mewscontract.codegen.SpecException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes the spec loader with arbitrary files. A spec the generator cannot use is a {@link SpecException} naming the
 * file and the JSON pointer (what the CLI and the Maven plugin print); any other exception, or a hang, is a bug that
 * would reach a user as a stack trace.
 *
 * <p>The committed corpus ({@code SpecLoaderFuzzTestInputs/}) starts from small valid and broken specs and holds
 * every crash found.
 */
class SpecLoaderFuzzTest {
    private static final Path DIRECTORY = temporaryDirectory();

    @FuzzTest(maxDuration = "10s")
    void anyFileIsLoadedOrRefusedNamingTheFile(byte[] input) throws IOException {
        Path spec = DIRECTORY.resolve("spec.yaml");
        Files.write(spec, input);
        try {
            new SpecLoader().load(spec);
        } catch (SpecException refused) {
            if (!refused.getMessage().contains("spec.yaml")) {
                throw new AssertionError("the refusal does not name the file: " + refused.getMessage(), refused);
            }
        }
    }

    private static Path temporaryDirectory() {
        try {
            Path directory = Files.createTempDirectory("spec-loader-fuzz");
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
