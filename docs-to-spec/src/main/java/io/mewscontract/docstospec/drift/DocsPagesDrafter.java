package io.mewscontract.docstospec.drift;

import io.mewscontract.docs.Finding;
import io.mewscontract.docs.SourceRef;
import io.mewscontract.docstospec.draft.DraftOptions;
import io.mewscontract.docstospec.draft.DraftResult;
import io.mewscontract.docstospec.draft.Drafter;
import io.mewscontract.docstospec.draft.Evidence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Drafts pages with the {@link Drafter} and its reconciliation rules: the drafter of every real drift run. */
public final class DocsPagesDrafter implements PagesDrafter {
    /** Every rule on. */
    public static final DocsPagesDrafter INSTANCE = new DocsPagesDrafter(DraftOptions.DEFAULT);

    private final DraftOptions options;

    private DocsPagesDrafter(DraftOptions options) {
        this.options = options;
    }

    /** A drafter with these options, e.g. a rule switched off. */
    public static DocsPagesDrafter with(DraftOptions options) {
        return new DocsPagesDrafter(options);
    }

    @Override
    public PagesDraft draft(List<Path> pages) {
        DraftResult result = Drafter.draft(pages, options);
        Map<String, List<String>> lines = new HashMap<>();
        for (Evidence evidence : result.evidence()) {
            Set<String> refs = new TreeSet<>(lines.getOrDefault(evidence.pointer(), List.of()));
            evidence.sources().stream().map(SourceRef::toString).forEach(refs::add);
            lines.put(evidence.pointer(), List.copyOf(refs));
        }
        List<String> names = pageNames(pages);
        Set<String> unusable = new HashSet<>();
        for (Finding finding : result.findings()) {
            if (finding.severity() == Finding.Severity.ERROR && finding.source().line() == 0) {
                unusable.add(finding.source().document());
            }
        }
        int used = (int) names.stream().filter(n -> !unusable.contains(n)).count();
        return new PagesDraft(
                result.openApi(),
                pointer -> lines.getOrDefault(pointer, List.of()),
                names,
                used,
                result.findings().stream().map(Finding::toString).toList());
    }

    /** The file names of the pages, directories expanded as the drafter expands them. */
    private static List<String> pageNames(List<Path> pages) {
        Set<String> names = new TreeSet<>();
        for (Path page : pages) {
            if (Files.isDirectory(page)) {
                try (var listing = Files.list(page)) {
                    listing.filter(Files::isRegularFile)
                            .filter(f ->
                                    f.toString().endsWith(".md") || f.toString().endsWith(".txt"))
                            .forEach(f -> names.add(String.valueOf(f.getFileName())));
                } catch (java.io.IOException e) {
                    // The drafter reports the directory as unreadable.
                }
            } else if (Files.isRegularFile(page)) {
                names.add(String.valueOf(page.getFileName()));
            }
        }
        return List.copyOf(names);
    }
}
