package io.mewscontract.codegen;

import java.nio.file.Path;
import java.util.List;

/**
 * What a generation run did to the output directory, each list sorted by path.
 *
 * @param written files created or changed
 * @param unchanged files that already had the right bytes (not touched, so builds stay incremental)
 * @param deleted files an earlier run generated that the spec no longer produces
 */
public record GenerationResult(List<Path> written, List<Path> unchanged, List<Path> deleted) {
    public GenerationResult {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        deleted = List.copyOf(deleted);
    }
}
