package io.mewscontract.codegen.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small specs for small tests: the base spec ({@code fixtures/errors/valid-base.yaml}, one operation, common fields,
 * a few types) with one textual edit, so a test states only what it changes. Loader tests keep their edits as patch
 * files ({@code fixtures/errors/patches}: {@code replace} and {@code with} blocks); emitter tests write theirs
 * inline with {@link #write}.
 */
public final class SpecSnippets {

    /** The spec every snippet edits; valid on its own. */
    public static final Path BASE = ProjectPaths.testResource("fixtures/errors/valid-base.yaml");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private SpecSnippets() {}

    /**
     * Writes the base spec with {@code replace} (which must occur in it exactly once) replaced by {@code with}, as
     * {@code directory/fileName}.
     */
    public static Path write(Path directory, String fileName, String replace, String with) throws IOException {
        String base = Files.readString(BASE, StandardCharsets.UTF_8);
        int at = base.indexOf(replace);
        if (replace.isEmpty() || at < 0 || base.indexOf(replace, at + 1) >= 0) {
            throw new IllegalArgumentException(
                    "The text to replace must occur exactly once in " + BASE + ": " + replace);
        }
        Path spec = directory.resolve(fileName);
        Files.writeString(
                spec, base.substring(0, at) + with + base.substring(at + replace.length()), StandardCharsets.UTF_8);
        return spec;
    }

    /** Applies a patch file ({@code replace: |2 ...}, {@code with: |2 ...}), keeping its file name. */
    public static Path applyPatch(Path patch, Path directory) throws IOException {
        JsonNode edit = YAML.readTree(patch.toFile());
        return write(
                directory,
                patch.getFileName().toString(),
                edit.path("replace").asText(),
                edit.path("with").asText());
    }
}
