package io.mewscontract.codegen.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.codegen.Artifact;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** The Widgets base spec and an edited copy of it, written to a directory, compared. */
final class SpecPair {

    static final String BASE = resource("/compat/widgets.yaml");

    private final Path oldSpec;
    private final Path newSpec;

    private SpecPair(Path oldSpec, Path newSpec) {
        this.oldSpec = oldSpec;
        this.newSpec = newSpec;
    }

    /** The base spec and the base spec with each {@code edits[i]} replaced by {@code edits[i+1]}. */
    static SpecPair edit(Path directory, String... edits) throws IOException {
        String edited = BASE;
        for (int i = 0; i < edits.length; i += 2) {
            assertThat(edited).as("the base spec contains the text to edit").containsOnlyOnce(edits[i]);
            edited = edited.replace(edits[i], edits[i + 1]);
        }
        Path before = Files.writeString(directory.resolve("widgets-old.yaml"), BASE, StandardCharsets.UTF_8);
        Path after = Files.writeString(directory.resolve("widgets-new.yaml"), edited, StandardCharsets.UTF_8);
        return new SpecPair(before, after);
    }

    CompatReport compare(Set<Artifact> artifacts) throws Exception {
        return new CompatChecker().compare(new CompatRequest(oldSpec, newSpec, "old", "new", artifacts));
    }

    static String resource(String name) {
        try (InputStream in = SpecPair.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("Missing test resource " + name, e));
        }
    }
}
