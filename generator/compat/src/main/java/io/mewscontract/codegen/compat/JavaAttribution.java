package io.mewscontract.codegen.compat;

import io.mewscontract.codegen.compat.java.JavaFinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins japicmp's findings to the spec changes that caused them. A finding that counts makes its change's Java
 * verdict breaking (japicmp is the judge of what compiles and links); a finding no change explains becomes a
 * change of its own, so nothing japicmp sees is left out of the report.
 */
final class JavaAttribution {

    private JavaAttribution() {}

    static List<Change> apply(List<Change> changes, List<JavaFinding> findings) {
        Map<Integer, List<JavaFinding>> byChange = new LinkedHashMap<>();
        Map<String, List<JavaFinding>> unexplained = new LinkedHashMap<>();
        for (JavaFinding finding : findings) {
            boolean explained = false;
            for (int i = 0; i < changes.size(); i++) {
                Change change = changes.get(i);
                if (change.anchors().stream().anyMatch(a -> a.matches(finding.className(), finding.member()))) {
                    byChange.computeIfAbsent(i, k -> new ArrayList<>()).add(finding);
                    explained = true;
                }
            }
            if (!explained && finding.counts()) {
                unexplained
                        .computeIfAbsent(outerClass(finding.className()), k -> new ArrayList<>())
                        .add(finding);
            }
        }
        List<Change> result = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            List<JavaFinding> own = byChange.getOrDefault(i, List.of());
            Assessment java = change.java();
            for (JavaFinding finding : own) {
                if (finding.counts() && java.verdict() != Verdict.BREAKING) {
                    java = Assessment.breaking("japicmp: " + finding.describe());
                }
            }
            result.add(
                    own.isEmpty()
                            ? change
                            : change.withJava(
                                    java,
                                    own.stream().map(JavaFinding::describe).toList()));
        }
        unexplained.forEach((className, own) -> result.add(new Change(
                ChangeKind.JAVA_API_CHANGED,
                className,
                "The generated class " + className + " changes incompatibly",
                Assessment.ok("nothing changes on the wire"),
                Assessment.ok("nothing changes on the wire"),
                Assessment.breaking("japicmp: " + own.get(0).describe()),
                "Adapt the code that uses " + className + " (see the japicmp findings).",
                own.stream().map(JavaFinding::describe).toList(),
                List.of())));
        return result;
    }

    private static String outerClass(String className) {
        int dollar = className.indexOf('$');
        return dollar < 0 ? className : className.substring(0, dollar);
    }
}
