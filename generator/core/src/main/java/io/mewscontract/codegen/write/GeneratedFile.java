package io.mewscontract.codegen.write;

import java.util.Arrays;
import java.util.Objects;

/**
 * One file to write.
 *
 * @param relativePath the path below the output directory, with {@code /} separators
 * @param content the exact bytes
 * @param origin what produced the file (for error messages)
 */
@SuppressWarnings("ArrayRecordComponent") // the bytes written, compared by content where it matters
public record GeneratedFile(String relativePath, byte[] content, String origin) {
    public GeneratedFile {
        Objects.requireNonNull(relativePath, "relativePath");
        content = content.clone();
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GeneratedFile that
                && relativePath.equals(that.relativePath)
                && Arrays.equals(content, that.content)
                && origin.equals(that.origin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(relativePath, Arrays.hashCode(content), origin);
    }

    @Override
    public String toString() {
        return "GeneratedFile[" + relativePath + ", " + content.length + " bytes, from " + origin + "]";
    }
}
