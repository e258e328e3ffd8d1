package io.mewscontract.codegen.compat;

import io.mewscontract.docstospec.facts.ContractFacts;
import io.mewscontract.docstospec.facts.FactDifference;
import io.mewscontract.docstospec.facts.FactKind;
import io.mewscontract.docstospec.facts.OpenApiFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The two specs compared fact by fact with docs-to-spec's {@link ContractFacts} (the drift report's comparison):
 * documentation changes become one patch-level change (the Javadoc changes), and contract facts that differ while
 * no rule recognised any change are listed for a human, so that no spec change passes unreported.
 */
final class FactsCheck {

    private static final int SHOWN = 5;

    private FactsCheck() {}

    static List<Change> changes(Path oldSpec, Path newSpec, boolean othersFound) {
        ContractFacts before;
        ContractFacts after;
        try {
            before = ContractFacts.of(OpenApiFiles.read(oldSpec));
            after = ContractFacts.of(OpenApiFiles.read(newSpec));
        } catch (OpenApiFiles.UnreadableDocumentException e) {
            return List.of(); // unreachable: the generator's loader has read both files
        }
        List<FactDifference> documentation = after.differencesFrom(before, kind -> kind == FactKind.DESCRIPTION);
        List<Change> changes = new java.util.ArrayList<>();
        if (!documentation.isEmpty()) {
            changes.add(new Change(
                    ChangeKind.DOCUMENTATION_CHANGED,
                    "documentation",
                    "Documentation changes for " + elements(documentation),
                    Assessment.ok("descriptions do not travel"),
                    Assessment.ok("descriptions do not travel"),
                    Assessment.ok("only the Javadoc changes"),
                    null,
                    List.of(),
                    List.of()));
        }
        List<FactDifference> contract = after.contractDifferencesFrom(before);
        if (!othersFound && !contract.isEmpty()) {
            String reason = "not judged by compat's rules: review " + contract.size() + " differing facts";
            changes.add(new Change(
                    ChangeKind.UNJUDGED_CHANGE,
                    "contract",
                    "Contract facts differ at " + elements(contract),
                    Assessment.conditional(reason),
                    Assessment.conditional(reason),
                    Assessment.conditional(reason),
                    "Review the listed spec elements.",
                    List.of(),
                    List.of()));
        }
        return changes;
    }

    private static String elements(List<FactDifference> differences) {
        List<String> elements =
                differences.stream().map(FactDifference::element).distinct().toList();
        String shown = elements.stream().limit(SHOWN).collect(Collectors.joining(", "));
        return shown + (elements.size() > SHOWN ? " and " + (elements.size() - SHOWN) + " more" : "");
    }
}
