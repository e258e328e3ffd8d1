package io.mewscontract.codegen.cli;

import io.mewscontract.codegen.Artifact;
import io.mewscontract.codegen.CodeGenerator;
import io.mewscontract.codegen.GenerationRequest;
import io.mewscontract.codegen.SpecException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;

/**
 * Renders a small bundled spec ({@code warm-up.yaml}) on a second core while the real run reads its spec.
 *
 * <p>Why: a command-line run is one short-lived JVM, and most of its time on a spec the size of the curated one is
 * the first execution of each stage's code (class initialization, interpreted code, the first compilations),
 * not the spec's size. The stages run one after the other on the main thread, so on a machine with a spare core
 * that core runs the same code paths on a small spec meanwhile, and the main thread finds them ready when it
 * gets there. Measured by generator/bench/compare.sh (docs/generator-input-safety.md#speed). The warm-up writes
 * nothing (render only, from a read-only resource), shares no state with the real run but the JVM's, and
 * whatever happens to it is ignored: it can make a run faster, never different. It is skipped on one core,
 * where it would only compete, and in the Maven plugin, whose JVM outlives one run.
 */
final class WarmUp {

    private WarmUp() {}

    static void startIfSpareCore() {
        if (Runtime.getRuntime().availableProcessors() < 2) {
            return;
        }
        Thread thread = new Thread(WarmUp::renderBundledSpec, "mews-codegen-warm-up");
        thread.setDaemon(true); // the run never waits for it
        thread.start();
    }

    /** Whether the bundled spec rendered (a test keeps it renderable as the generator changes). */
    static boolean renderBundledSpec() {
        try {
            URL resource = WarmUp.class.getResource("warm-up.yaml");
            if (resource == null) {
                return false;
            }
            URI uri = resource.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    render(jar.provider().getPath(uri));
                }
            } else {
                render(Path.of(uri));
            }
            return true;
        } catch (IOException | SpecException | URISyntaxException | RuntimeException lost) {
            // Only ever a lost speed-up: the real run reports its own problems.
            return false;
        }
    }

    private static void render(Path spec) throws IOException, SpecException {
        Path nowhere = Path.of("mews-codegen-warm-up-output-never-written");
        new CodeGenerator("warm-up")
                .render(new GenerationRequest(spec, nowhere, "warm.up", EnumSet.allOf(Artifact.class)));
    }
}
