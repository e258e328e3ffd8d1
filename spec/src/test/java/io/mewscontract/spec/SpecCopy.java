package io.mewscontract.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A copy of the spec with one deliberate edit, for negative controls. */
final class SpecCopy {

    private SpecCopy() {
    }

    /** Writes the spec with {@code original} replaced by {@code edited}; the original must occur exactly once. */
    static Path edited(Path dir, String original, String edited) throws IOException {
        String spec = Files.readString(ProjectPaths.spec());
        assertThat(spec.split(java.util.regex.Pattern.quote(original), -1))
                .as("occurrences of the text the control edits").hasSize(2);
        return Files.writeString(dir.resolve("mews-connector-api.yaml"), spec.replace(original, edited));
    }
}
