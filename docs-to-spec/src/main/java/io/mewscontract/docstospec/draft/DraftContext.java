package io.mewscontract.docstospec.draft;

import io.mewscontract.docs.Finding;
import io.mewscontract.docs.SourceRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** The options of one drafting run and what it records: decisions with their evidence, and findings. */
final class DraftContext {
    private record Decision(DraftTarget target, String rule, String decision, List<SourceRef> sources) {}

    private final DraftOptions options;
    private final List<Decision> decisions = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    DraftContext(DraftOptions options) {
        this.options = options;
    }

    boolean applies(String rule) {
        return options.applies(rule);
    }

    /** Records that {@code rule} decided {@code decision} about {@code target}, from {@code sources}. */
    void decide(DraftTarget target, String rule, String decision, Collection<SourceRef> sources) {
        decisions.add(new Decision(target, rule, decision, List.copyOf(new TreeSet<>(sources))));
    }

    void find(Finding finding) {
        findings.add(finding);
    }

    void findAll(Collection<Finding> more) {
        findings.addAll(more);
    }

    /** The evidence, pointers resolved now that names and shapes are final. */
    List<Evidence> evidence() {
        return decisions.stream()
                .map(d -> new Evidence(d.target().pointer(), d.rule(), d.decision(), d.sources()))
                .toList();
    }

    /** The findings in document and line order, each once. */
    List<Finding> findings() {
        return findings.stream()
                .distinct()
                .sorted((a, b) -> a.source().compareTo(b.source()))
                .toList();
    }
}
