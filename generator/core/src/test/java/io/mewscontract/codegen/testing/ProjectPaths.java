package io.mewscontract.codegen.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the checked-out project, independent of the working directory Maven or an IDE uses. */
public final class ProjectPaths {
    private ProjectPaths() {}

    /** The project root: {@code mews.project.root} (set by the parent pom's surefire config), else the nearest directory with {@code .mvn}. */
    public static Path root() {
        String property = System.getProperty("mews.project.root");
        if (property != null && !property.isBlank() && Files.isDirectory(Path.of(property, ".mvn"))) {
            return Path.of(property);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".mvn"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the project root (no mews.project.root, no .mvn above "
                + Path.of("").toAbsolutePath() + ")");
    }

    /** This module's directory. */
    public static Path module() {
        return root().resolve("generator/core");
    }

    /** A test resource in the source tree (not the copy in target/), so golden files can be rewritten. */
    public static Path testResource(String relative) {
        return module().resolve("src/test/resources").resolve(relative);
    }

    public static Path fixtureSpec() {
        return testResource("fixtures/connector.yaml");
    }

    public static Path realSpec() {
        return root().resolve("spec/mews-connector-api.yaml");
    }
}
