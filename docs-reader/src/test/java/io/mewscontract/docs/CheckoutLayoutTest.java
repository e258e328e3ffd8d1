package io.mewscontract.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CheckoutLayoutTest {

    @Test
    void findsTheSpecTheDocumentsAndTheReconciliation() {
        assertThat(CheckoutLayout.spec()).isRegularFile().hasFileName("mews-connector-api.yaml");
        assertThat(CheckoutLayout.reconciliation()).isRegularFile();
        assertThat(CheckoutLayout.documents()).isDirectory();
        try (var files = Files.list(CheckoutLayout.documents())) {
            assertThat(files.filter(f -> f.toString().endsWith(".txt"))).hasSize(5);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aPropertyThatNamesNoCheckoutIsNotTrusted() {
        String saved = System.getProperty(CheckoutLayout.ROOT_PROPERTY);
        String workingDirectory = System.getProperty("user.dir");
        try {
            System.setProperty(CheckoutLayout.ROOT_PROPERTY, Path.of("/").toString());
            // Maven runs tests inside the checkout, so the walk up from the working directory still finds it.
            assertThat(CheckoutLayout.root().resolve("spec/docs")).isDirectory();
            assertThat(Path.of(workingDirectory)).startsWith(CheckoutLayout.root());
        } finally {
            if (saved == null) {
                System.clearProperty(CheckoutLayout.ROOT_PROPERTY);
            } else {
                System.setProperty(CheckoutLayout.ROOT_PROPERTY, saved);
            }
        }
    }
}
