package io.mewscontract.codegen.maven.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mewscontract.codegen.CodeGenerator;
import io.mewscontract.codegen.GenerationRequest;
import io.mewscontract.codegen.SpecException;
import io.mewscontract.codegen.load.SpecLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalGeneratorTest {

    private static final String MONEY = "com/example/model/Money.java";

    @TempDir
    Path temp;

    private Path spec;
    private Path output;
    private StateStore store;
    private IncrementalGenerator generator;
    private int loads;

    @BeforeEach
    void setUp() throws IOException {
        spec = SpecFixture.copyInto(temp.resolve("spec"));
        output = temp.resolve("out");
        store = new StateStore(temp.resolve("work/state"));
        generator = new IncrementalGenerator(
                new CodeGenerator("1.0.0"), new GeneratorIdentity("1.0.0", "c0de"), store, (file, references) -> {
                    loads++;
                    return new SpecLoader(references).load(file);
                });
    }

    @Test
    void theFirstRunGeneratesAndRecordsWhatItProduced() throws Exception {
        Outcome outcome = generator.run(request());

        assertThat(outcome).isInstanceOf(Outcome.Generated.class);
        Outcome.Generated generated = (Outcome.Generated) outcome;
        assertThat(generated.reason()).isEqualTo(Outcome.Reason.NO_EARLIER_RUN);
        assertThat(generated.result().written()).contains(output.resolve(MONEY));
        ExecutionState state = store.read().orElseThrow();
        assertThat(state.fingerprint()).isEqualTo(outcome.fingerprint());
        assertThat(state.files())
                .extracting(OutputFile::relativePath)
                .contains(MONEY)
                .hasSize(generated.result().written().size());
    }

    @Test
    void aSecondRunIsUpToDate() throws Exception {
        Outcome first = generator.run(request());

        Outcome second = generator.run(request());

        assertThat(second)
                .isEqualTo(new Outcome.UpToDate(
                        first.fingerprint(),
                        ((Outcome.Generated) first).result().written().size()));
    }

    @Test
    void unchangedSpecBytesSkipEvenTheLoader() throws Exception {
        generator.run(request());
        loads = 0;

        assertThat(generator.run(request())).isInstanceOf(Outcome.UpToDate.class);

        assertThat(loads).isZero();
    }

    @Test
    void aReformattedSpecIsLoadedOnceAndThenSkippedCheaply() throws Exception {
        generator.run(request());
        SpecFixture.replace(
                spec.resolveSibling(SpecFixture.REFERENCED), "components:\n", "# reformatted\ncomponents:\n");
        loads = 0;

        assertThat(generator.run(request())).as("same model").isInstanceOf(Outcome.UpToDate.class);
        assertThat(generator.run(request())).isInstanceOf(Outcome.UpToDate.class);

        assertThat(loads)
                .as("loaded for the first check only, whose state learned the new bytes")
                .isEqualTo(1);
    }

    @Test
    void aDeletedOrEditedOutputFileIsRegenerated() throws Exception {
        generator.run(request());
        Files.delete(output.resolve(MONEY));

        Outcome outcome = generator.run(request());

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Generated.class, generated -> {
            assertThat(generated.reason()).isEqualTo(Outcome.Reason.OUTPUT_CHANGED);
            assertThat(generated.result().written()).containsExactly(output.resolve(MONEY));
        });
        assertThat(generator.run(request())).isInstanceOf(Outcome.UpToDate.class);
    }

    @Test
    void aChangedSpecRegenerates() throws Exception {
        generator.run(request());
        SpecFixture.replace(
                spec.resolveSibling(SpecFixture.REFERENCED),
                "        Currency:\n          type: string\n",
                "        Currency:\n          type: string\n          minLength: 3\n");

        Outcome outcome = generator.run(request());

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Outcome.Generated.class,
                        generated -> assertThat(generated.reason()).isEqualTo(Outcome.Reason.INPUTS_CHANGED));
    }

    @Test
    void anInvalidSpecLeavesTheLastGoodStateInPlace() throws Exception {
        generator.run(request());
        ExecutionState good = store.read().orElseThrow();
        String valid = Files.readString(spec);
        SpecFixture.replace(spec, "#/components/schemas/ProductResult'", "#/components/schemas/Nothing'");

        assertThatThrownBy(() -> generator.run(request())).isInstanceOf(SpecException.class);

        assertThat(store.read()).contains(good);
        Files.writeString(spec, valid);
        assertThat(generator.run(request())).isInstanceOf(Outcome.UpToDate.class);
    }

    @Test
    void aRunThatFailsWhileWritingLeavesNoStateBehind() throws Exception {
        generator.run(request());
        SpecFixture.replace(
                spec.resolveSibling(SpecFixture.REFERENCED),
                "        Currency:\n          type: string\n",
                "        Currency:\n          type: string\n          minLength: 3\n");
        // A hand-written file where a generated one must go: the core's writer refuses to overwrite it.
        Files.writeString(output.resolve(MONEY), "// written by hand\n");

        assertThatThrownBy(() -> generator.run(request()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("Refusing to overwrite");

        assertThat(store.read()).isEmpty();
    }

    private GenerationRequest request() {
        return GenerationRequest.all(spec, output, "com.example");
    }
}
