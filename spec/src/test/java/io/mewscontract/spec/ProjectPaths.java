package io.mewscontract.spec;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the spec and the source documents live, found the same way from Maven and from an IDE. */
final class ProjectPaths {

    private ProjectPaths() {
    }

    /** The checkout's root: the surefire property set by the parent pom, else the nearest parent with {@code .mvn}. */
    static Path root() {
        String configured = System.getProperty("mews.project.root");
        if (configured != null && Files.isDirectory(Path.of(configured, "spec", "docs"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".mvn")) && Files.isDirectory(dir.resolve("spec/docs"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the project root (a directory with .mvn and spec/docs)"
                + " above " + Path.of("").toAbsolutePath());
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
}
