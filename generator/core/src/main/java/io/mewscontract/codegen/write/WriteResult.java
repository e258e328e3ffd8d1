package io.mewscontract.codegen.write;

import java.nio.file.Path;
import java.util.List;

/**
 * What a write did, each list sorted by path.
 *
 * @param written files created or changed
 * @param unchanged files whose bytes were already right, left untouched (timestamps too)
 * @param deleted files an earlier run generated that this run no longer produces
 */
public record WriteResult(List<Path> written, List<Path> unchanged, List<Path> deleted) {
    public WriteResult {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        deleted = List.copyOf(deleted);
    }
}
