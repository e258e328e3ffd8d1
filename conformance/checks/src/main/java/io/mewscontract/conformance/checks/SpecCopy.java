package io.mewscontract.conformance.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** A copy of a spec with one deliberate edit, for negative controls that prove a check can fail. */
public final class SpecCopy {

    private SpecCopy() {}

    /**
     * Writes {@code spec} to {@code dir/<its file name>} with {@code original} replaced by {@code edited}.
     *
     * @throws IllegalArgumentException when {@code original} does not occur exactly once, so that an edit of the
     *     spec cannot silently turn a control into a no-op
     */
    public static Path edited(Path spec, Path dir, String original, String edited) throws IOException {
        String text = Files.readString(spec);
        int occurrences = text.split(Pattern.quote(original), -1).length - 1;
        if (occurrences != 1) {
            throw new IllegalArgumentException("The text a control edits occurs " + occurrences + " times in " + spec
                    + ", expected once:\n" + original);
        }
        return Files.writeString(dir.resolve(spec.getFileName().toString()), text.replace(original, edited));
    }
}
