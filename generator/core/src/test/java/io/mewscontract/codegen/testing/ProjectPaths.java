package io.mewscontract.codegen.testing;

import io.mewscontract.docs.CheckoutLayout;
import java.nio.file.Path;

/** Where tests find the checked-out project, independent of the working directory Maven or an IDE uses. */
public final class ProjectPaths {
    private ProjectPaths() {}

    /** The checkout's root (see {@link CheckoutLayout#root()}). */
    public static Path root() {
        return CheckoutLayout.root();
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
        return CheckoutLayout.spec();
    }
}
