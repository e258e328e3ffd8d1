package io.mewscontract.codegen;

import com.palantir.javapoet.JavaFile;
import io.mewscontract.codegen.emit.Emitters;
import io.mewscontract.codegen.emit.Poet;
import io.mewscontract.codegen.ir.ApiModel;
import io.mewscontract.codegen.load.SpecLoader;
import io.mewscontract.codegen.write.GeneratedFile;
import io.mewscontract.codegen.write.OutputWriter;
import io.mewscontract.codegen.write.WriteResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Spec in, Java sources out: load → model → emit → write. Same spec and request, same bytes, on every run and
 * machine.
 */
public final class CodeGenerator {

    private final String version;

    /** A generator that stamps its own version (from the jar) into {@code @Generated}. */
    public CodeGenerator() {
        this(ownVersion());
    }

    /** A generator stamping {@code version}; tests use a fixed one so golden files survive releases. */
    public CodeGenerator(String version) {
        this.version = version;
    }

    public String version() {
        return version;
    }

    /**
     * @throws SpecException if the spec is invalid or unsupported (names file and JSON pointer)
     * @throws IOException if reading the spec or writing the output fails
     */
    public GenerationResult generate(GenerationRequest request) throws SpecException, IOException {
        return generate(request, GenerationProgress.SILENT);
    }

    /** {@link #generate(GenerationRequest)}, telling {@code progress} as each stage ends. */
    public GenerationResult generate(GenerationRequest request, GenerationProgress progress)
            throws SpecException, IOException {
        List<GeneratedFile> files = render(request, progress);
        long start = System.nanoTime();
        WriteResult result = new OutputWriter(Poet.HEADER_PREFIX)
                .write(request.outputDirectory(), files, ownedDirectories(request, files));
        progress.stageFinished(
                GenerationProgress.Stage.WRITE,
                result.written().size() + " written, " + result.unchanged().size() + " unchanged, "
                        + result.deleted().size() + " deleted",
                since(start));
        return new GenerationResult(result.written(), result.unchanged(), result.deleted());
    }

    /** The files a request produces, without writing them (for tests and dry runs). */
    public List<GeneratedFile> render(GenerationRequest request) throws SpecException, IOException {
        return render(request, GenerationProgress.SILENT);
    }

    private List<GeneratedFile> render(GenerationRequest request, GenerationProgress progress)
            throws SpecException, IOException {
        long start = System.nanoTime();
        ApiModel model = new SpecLoader(request.references()).load(request.spec());
        progress.stageFinished(
                GenerationProgress.Stage.LOAD,
                count(model.types().size(), "type") + ", "
                        + count(model.operations().count(), "operation") + " in "
                        + count(model.groups().size(), "group"),
                since(start));
        start = System.nanoTime();
        List<JavaFile> javaFiles =
                new Emitters(model, request.basePackage(), version, request.jackson()).emit(request.artifacts());
        // Rendering a file to text is most of the emit stage and needs nothing from any other file: spread it
        // over the cores. The stream keeps the files' order, so the output does not depend on the thread count.
        List<GeneratedFile> files =
                javaFiles.parallelStream().map(CodeGenerator::toGeneratedFile).toList();
        progress.stageFinished(GenerationProgress.Stage.EMIT, count(files.size(), "file"), since(start));
        return files;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /**
     * The directories whose stale generated files a run may delete: the base package's direct subpackages
     * ({@code P.model}, {@code P.client}, ...), where every file this generator writes lives. Generated files of
     * other packages in the same output directory (another execution, another base package) are left alone,
     * even when they are nested below {@code P}. A run of only some artifacts still owns every subpackage, so
     * dropping an artifact removes its files (two executions must not share an output directory: the Maven
     * plugin refuses that).
     */
    static Predicate<String> ownedDirectories(GenerationRequest request, List<GeneratedFile> files) {
        String base = request.basePackage().replace('.', '/') + "/";
        java.util.Set<String> writtenInto = new java.util.HashSet<>();
        for (GeneratedFile file : files) {
            int slash = file.relativePath().lastIndexOf('/');
            writtenInto.add(slash < 0 ? "" : file.relativePath().substring(0, slash));
        }
        return directory -> writtenInto.contains(directory)
                || (directory.startsWith(base)
                        && directory.length() > base.length()
                        && directory.indexOf('/', base.length()) < 0);
    }

    static GeneratedFile toGeneratedFile(JavaFile file) {
        String path =
                file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
        return new GeneratedFile(
                path,
                file.toString().getBytes(StandardCharsets.UTF_8),
                file.packageName() + "." + file.typeSpec().name());
    }

    private static String ownVersion() {
        try (InputStream in = CodeGenerator.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
