package io.mewscontract.codegen.maven.incremental;

import io.mewscontract.codegen.CodeGenerator;
import io.mewscontract.codegen.GenerationRequest;
import io.mewscontract.codegen.GenerationResult;
import io.mewscontract.codegen.SpecException;
import io.mewscontract.codegen.ir.ApiModel;
import io.mewscontract.codegen.load.SpecLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Runs the core generator only when its output could differ from what the last successful run left.
 *
 * <p>Loading the spec is the price of every run, skipped or not: the fingerprint must see the spec after
 * {@code $ref} resolution, and only the loader resolves references. Emitting and writing are what a skip saves,
 * together with the recompilation that rewritten files would cause downstream.
 */
public final class IncrementalGenerator {

    private final CodeGenerator generator;
    private final GeneratorIdentity identity;
    private final StateStore store;

    public IncrementalGenerator(CodeGenerator generator, GeneratorIdentity identity, StateStore store) {
        this.generator = generator;
        this.identity = identity;
        this.store = store;
    }

    /**
     * @throws SpecException if the spec is invalid or unsupported; the stored state and the output are untouched
     * @throws IOException if reading the spec, the state or the output fails, or writing them does
     */
    public Outcome run(GenerationRequest request) throws SpecException, IOException {
        ApiModel model = new SpecLoader().load(request.spec());
        Fingerprint fingerprint = Fingerprint.of(model, request, identity);
        Path outputDirectory = request.outputDirectory().toAbsolutePath().normalize();

        Optional<ExecutionState> previous = store.read();
        Outcome.Reason reason;
        if (previous.isEmpty()) {
            reason = Outcome.Reason.NO_EARLIER_RUN;
        } else if (!previous.get().fingerprint().equals(fingerprint)) {
            reason = Outcome.Reason.INPUTS_CHANGED;
        } else if (!intact(previous.get(), outputDirectory)) {
            reason = Outcome.Reason.OUTPUT_CHANGED;
        } else {
            return new Outcome.UpToDate(fingerprint, previous.get().files().size());
        }

        store.invalidate();
        GenerationResult result = generator.generate(request);
        store.write(new ExecutionState(fingerprint, manifest(outputDirectory, result)));
        return new Outcome.Generated(fingerprint, reason, result);
    }

    private static boolean intact(ExecutionState state, Path outputDirectory) throws IOException {
        for (OutputFile file : state.files()) {
            if (!file.isIntactIn(outputDirectory)) {
                return false;
            }
        }
        return true;
    }

    private static List<OutputFile> manifest(Path outputDirectory, GenerationResult result) throws IOException {
        List<OutputFile> files = new ArrayList<>();
        for (Path file : result.written()) {
            files.add(OutputFile.of(outputDirectory, file.toAbsolutePath().normalize()));
        }
        for (Path file : result.unchanged()) {
            files.add(OutputFile.of(outputDirectory, file.toAbsolutePath().normalize()));
        }
        files.sort(Comparator.comparing(OutputFile::relativePath));
        return files;
    }
}
