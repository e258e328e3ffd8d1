package io.mewscontract.docstospec.drift;

import io.mewscontract.docs.Finding;
import io.mewscontract.docs.PageReader;
import io.mewscontract.docs.SourceRef;
import io.mewscontract.docstospec.draft.DraftOptions;
import io.mewscontract.docstospec.draft.DraftResult;
import io.mewscontract.docstospec.draft.Drafter;
import io.mewscontract.docstospec.draft.Evidence;
import io.mewscontract.docstospec.draft.PageFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Drafts pages with the {@link Drafter} and its reconciliation rules: the drafter of every real drift run. */
public final class DocsPagesDrafter implements PagesDrafter {
    /** Every rule on. */
    public static final DocsPagesDrafter INSTANCE = new DocsPagesDrafter(DraftOptions.DEFAULT, null);

    private final DraftOptions options;
    /** For one run ({@link #forRun}): parses each page once; {@code null}: every draft parses its own pages. */
    private final @Nullable PageReader reader;
    /** For one run: the draft of each set of page texts asked for. */
    private final ConcurrentMap<Input, CompletableFuture<PagesDraft>> drafts = new ConcurrentHashMap<>();

    /** What a draft is a function of (with the options). */
    private record Input(PageFiles files, List<String> names) {}

    private DocsPagesDrafter(DraftOptions options, @Nullable PageReader reader) {
        this.options = options;
        this.reader = reader;
    }

    /** A drafter with these options, e.g. a rule switched off. */
    public static DocsPagesDrafter with(DraftOptions options) {
        return new DocsPagesDrafter(options, null);
    }

    @Override
    public PagesDrafter forRun(Executor parsing) {
        return new DocsPagesDrafter(options, new PageReader(parsing));
    }

    @Override
    public PagesDraft draft(List<Path> pages) {
        PageFiles files = PageFiles.read(pages);
        List<String> names = pageNames(pages);
        PageReader run = reader;
        if (run == null) {
            return draft(files, names, new PageReader(Runnable::run));
        }
        // The same texts (the baseline of a run whose pages did not change) are drafted once: drafting is a
        // function of the pages and the options, and the draft is only read.
        CompletableFuture<PagesDraft> mine = new CompletableFuture<>();
        CompletableFuture<PagesDraft> known = drafts.putIfAbsent(new Input(files, names), mine);
        if (known != null) {
            try {
                return known.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure : e;
            }
        }
        try {
            PagesDraft draft = draft(files, names, run);
            mine.complete(draft);
            return draft;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private PagesDraft draft(PageFiles files, List<String> names, PageReader parser) {
        DraftResult result = Drafter.draft(files, options, parser);
        Set<String> unusable = new HashSet<>();
        for (Finding finding : result.findings()) {
            if (finding.severity() == Finding.Severity.ERROR && finding.source().line() == 0) {
                unusable.add(finding.source().document());
            }
        }
        int used = (int) names.stream().filter(n -> !unusable.contains(n)).count();
        return new PagesDraft(
                result.openApi(),
                SourceLines.of(new EvidenceLines(result.evidence())),
                names,
                used,
                result.findings().stream().map(Finding::toString).toList());
    }

    /** The page lines behind each pointer, gathered from the evidence when first asked for (only findings ask). */
    private static final class EvidenceLines implements Function<String, List<String>> {
        private final List<Evidence> evidence;
        private @Nullable Map<String, List<String>> lines;

        EvidenceLines(List<Evidence> evidence) {
            this.evidence = evidence;
        }

        @Override
        public synchronized List<String> apply(String pointer) {
            Map<String, List<String>> known = lines;
            if (known == null) {
                Map<String, Set<String>> refs = new HashMap<>();
                for (Evidence e : evidence) {
                    Set<String> into = refs.computeIfAbsent(e.pointer(), k -> new TreeSet<>());
                    e.sources().stream().map(SourceRef::toString).forEach(into::add);
                }
                known = new HashMap<>();
                for (Map.Entry<String, Set<String>> entry : refs.entrySet()) {
                    known.put(entry.getKey(), List.copyOf(entry.getValue()));
                }
                lines = known;
            }
            return known.getOrDefault(pointer, List.of());
        }
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
