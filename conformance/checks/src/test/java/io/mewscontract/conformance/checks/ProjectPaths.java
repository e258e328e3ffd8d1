package io.mewscontract.conformance.checks;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout's spec, found through the surefire property the parent pom sets, else above the working directory. */
final class ProjectPaths {

    private ProjectPaths() {
    }

    static Path root() {
        String configured = System.getProperty("mews.project.root");
        if (configured != null && Files.isDirectory(Path.of(configured, "spec", "docs"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("spec/docs"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the project root (a directory with spec/docs) above "
                + Path.of("").toAbsolutePath());
    }

    static Path spec() {
        return root().resolve("spec/mews-connector-api.yaml");
    }
}
