package io.mewscontract.codegen.maven.incremental;

import io.mewscontract.codegen.CodeGenerator;
import io.mewscontract.codegen.GenerationProgress;
import io.mewscontract.codegen.GenerationRequest;
import io.mewscontract.codegen.GenerationResult;
import io.mewscontract.codegen.ReferenceScope;
import io.mewscontract.codegen.SpecException;
import io.mewscontract.codegen.ir.ApiModel;
import io.mewscontract.codegen.load.SpecLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Runs the core generator only when its output could differ from what the last successful run left.
 *
 * <p>Two checks, cheap first. If the bytes of the spec and of every file it refers to, the request and the
 * generator are those of the last run ({@link SpecInputs}), nothing changed, and not even the loader runs. Else
 * the spec is loaded and its resolved fingerprint decides: a reformatted or re-commented spec resolves to the
 * same model and still writes nothing (the state then learns the new input bytes, so the next check is cheap
 * again).
 */
public final class IncrementalGenerator {

    /** Reads a spec into the model; the core's loader, or a counting one in tests. */
    @FunctionalInterface
    interface ModelLoader {
        ApiModel load(Path spec, ReferenceScope references) throws SpecException, IOException;
    }

    private final CodeGenerator generator;
    private final GeneratorIdentity identity;
    private final StateStore store;
    private final ModelLoader loader;

    public IncrementalGenerator(CodeGenerator generator, GeneratorIdentity identity, StateStore store) {
        this(generator, identity, store, (spec, references) -> new SpecLoader(references).load(spec));
    }

    IncrementalGenerator(CodeGenerator generator, GeneratorIdentity identity, StateStore store, ModelLoader loader) {
        this.generator = generator;
        this.identity = identity;
        this.store = store;
        this.loader = loader;
    }

    /**
     * @throws SpecException if the spec is invalid or unsupported; the stored state and the output are untouched
     * @throws IOException if reading the spec, the state or the output fails, or writing them does
     */
    public Outcome run(GenerationRequest request) throws SpecException, IOException {
        return run(request, GenerationProgress.SILENT);
    }

    /** {@link #run(GenerationRequest)}, telling {@code progress} as each stage of a generating run ends. */
    public Outcome run(GenerationRequest request, GenerationProgress progress) throws SpecException, IOException {
        Path outputDirectory = request.outputDirectory().toAbsolutePath().normalize();
        Optional<ExecutionState> previous = store.read();
        Fingerprint inputs = inputs(request);
        if (previous.isPresent()
                && inputs != null
                && inputs.equals(previous.get().inputs())
                && intact(previous.get(), outputDirectory)) {
            return new Outcome.UpToDate(
                    previous.get().fingerprint(), previous.get().files().size());
        }

        ApiModel model = loader.load(request.spec(), request.references());
        Fingerprint fingerprint = Fingerprint.of(model, request, identity);
        Outcome.Reason reason;
        if (previous.isEmpty()) {
            reason = Outcome.Reason.NO_EARLIER_RUN;
        } else if (!previous.get().fingerprint().equals(fingerprint)) {
            reason = Outcome.Reason.INPUTS_CHANGED;
        } else if (!intact(previous.get(), outputDirectory)) {
            reason = Outcome.Reason.OUTPUT_CHANGED;
        } else {
            if (!Objects.equals(previous.get().inputs(), inputs) && Objects.equals(inputs, inputs(request))) {
                store.write(previous.get().withInputs(inputs));
            }
            return new Outcome.UpToDate(fingerprint, previous.get().files().size());
        }

        store.invalidate();
        GenerationResult result = generator.generate(request, progress);
        // Spec files edited while the run read them: which version the output follows is unknown, so leave no
        // state and let the next build generate again.
        if (Objects.equals(inputs, inputs(request))) {
            store.write(new ExecutionState(fingerprint, inputs, manifest(outputDirectory, result)));
        }
        return new Outcome.Generated(fingerprint, reason, result);
    }

    private @Nullable Fingerprint inputs(GenerationRequest request) throws IOException {
        Optional<String> specFiles = SpecInputs.digest(request.spec());
        return specFiles.isEmpty() ? null : Fingerprint.ofInputs(specFiles.get(), request, identity);
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
