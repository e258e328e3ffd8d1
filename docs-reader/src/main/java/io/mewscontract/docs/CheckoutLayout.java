package io.mewscontract.docs;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a mews-contract checkout keeps the curated spec, its source documents and RECONCILIATION.md. Tests
 * and docs-drift tooling find them the same way from Maven and from an IDE, whatever the working directory.
 */
public final class CheckoutLayout {

    /** The system property the parent pom's surefire configuration sets to the checkout's root. */
    public static final String ROOT_PROPERTY = "mews.project.root";

    private CheckoutLayout() {}

    /**
     * The checkout's root: {@value #ROOT_PROPERTY} when it names a directory holding {@code spec/docs}, else the
     * nearest directory above the working directory that holds {@code .mvn} and {@code spec/docs}.
     *
     * @throws IllegalStateException when neither finds it
     */
    public static Path root() {
        String configured = System.getProperty(ROOT_PROPERTY);
        if (configured != null && !configured.isBlank() && isRoot(Path.of(configured))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".mvn")) && isRoot(dir)) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the mews-contract checkout (a directory with .mvn and"
                + " spec/docs) above " + Path.of("").toAbsolutePath() + "; set -D" + ROOT_PROPERTY);
    }

    /** {@code spec/mews-connector-api.yaml}. */
    public static Path spec() {
        return root().resolve("spec/mews-connector-api.yaml");
    }

    /** {@code spec/docs}, the source documents. */
    public static Path documents() {
        return root().resolve("spec/docs");
    }

    /** {@code spec/RECONCILIATION.md}. */
    public static Path reconciliation() {
        return root().resolve("spec/RECONCILIATION.md");
    }

    private static boolean isRoot(Path dir) {
        return Files.isDirectory(dir.resolve("spec/docs"));
    }
}
