package io.mewscontract.codegen.compat;

import io.mewscontract.codegen.compat.java.JavaFinding;
import io.mewscontract.codegen.compat.wire.StandardWireDiff;
import java.util.List;

/**
 * The comparison of two specs.
 *
 * @param title the API's title ({@code info.title})
 * @param oldLabel the old spec as the user named it
 * @param newLabel the new spec as the user named it
 * @param oldApiVersion the old spec's {@code info.version}
 * @param newApiVersion the new spec's {@code info.version}
 * @param changes every change, judged on the three axes
 * @param javaFindings everything japicmp found in the generated jars, including what the contract exempts
 * @param standard openapi-diff's verdict on the same pair, by plain OpenAPI rules
 * @param bump the semantic-version bump the changes need
 */
public record CompatReport(
        String title,
        String oldLabel,
        String newLabel,
        String oldApiVersion,
        String newApiVersion,
        List<Change> changes,
        List<JavaFinding> javaFindings,
        StandardWireDiff.Result standard,
        Bump bump) {

    public CompatReport {
        changes = List.copyOf(changes);
        javaFindings = List.copyOf(javaFindings);
    }

    public List<Change> breakingChanges() {
        return changes.stream().filter(Change::breaking).toList();
    }

    public static Bump bumpOf(List<Change> changes) {
        return changes.stream().map(Change::bump).reduce(Bump.NONE, Bump::max);
    }
}
