package io.mewscontract.conformance.suite;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the spec, the documents, RECONCILIATION.md and the report live, from Maven and from an IDE alike. */
final class ProjectPaths {

    private ProjectPaths() {
    }

    /** The checkout's root: the surefire property set by the parent pom, else the nearest parent with spec/docs. */
    static Path root() {
        String configured = System.getProperty("mews.project.root");
        if (configured != null && Files.isDirectory(Path.of(configured, "spec", "docs"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("spec/docs"))
                    && Files.isRegularFile(dir.resolve("spec/RECONCILIATION.md"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the project root (a directory with spec/docs) above "
                + Path.of("").toAbsolutePath());
    }

    static Path spec() {
        return root().resolve("spec/mews-connector-api.yaml");
    }

    static Path docs() {
        return root().resolve("spec/docs");
    }

    static Path reconciliation() {
        return root().resolve("spec/RECONCILIATION.md");
    }

    /** conformance/target/conformance, or what the build configured. */
    static Path reportDirectory() {
        String configured = System.getProperty("mews.conformance.report.dir");
        return configured != null ? Path.of(configured).toAbsolutePath().normalize()
                : root().resolve("conformance/target/conformance");
    }
}
