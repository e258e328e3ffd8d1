package io.mewscontract.conformance.suite;

import io.mewscontract.docs.CheckoutLayout;
import java.nio.file.Path;

/** Where the report goes; the spec, documents and RECONCILIATION.md are found by {@link CheckoutLayout}. */
final class ProjectPaths {

    private ProjectPaths() {}

    /** conformance/target/conformance, or what the build configured. */
    static Path reportDirectory() {
        String configured = System.getProperty("mews.conformance.report.dir");
        return configured != null
                ? Path.of(configured).toAbsolutePath().normalize()
                : CheckoutLayout.root().resolve("conformance/target/conformance");
    }
}
