package io.mewscontract.docstospec.drift;

import com.fasterxml.jackson.databind.JsonNode;
import io.mewscontract.docstospec.decisions.DecisionFormatException;
import io.mewscontract.docstospec.decisions.Decisions;
import io.mewscontract.docstospec.decisions.OverlayApplier;
import io.mewscontract.docstospec.facts.ContractFacts;
import io.mewscontract.docstospec.facts.OpenApiFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * One drift run: draft the pages, apply the decisions, compare with the curated spec. The entry point of the
 * {@code drift} command and the {@code mews-codegen:drift} goal.
 */
public final class DriftRun {
    /** The decisions file looked for beside the spec when none is named. */
    public static final String DEFAULT_DECISIONS = "decisions.overlay.yaml";

    private DriftRun() {}

    /**
     * What to compare.
     *
     * @param spec the curated spec
     * @param decisions the decisions overlay; {@code null} for {@value #DEFAULT_DECISIONS} beside the spec when
     *     it exists, else none
     * @param pages the pages as they are now: files, or directories of pages
     * @param baseline the pages the spec was last reconciled with (files or directories), for description-only
     *     changes; empty to skip those
     */
    public record Request(Path spec, @Nullable Path decisions, List<Path> pages, List<Path> baseline) {
        public Request {
            Objects.requireNonNull(spec, "spec");
            pages = List.copyOf(pages);
            baseline = List.copyOf(baseline);
        }
    }

    /** Input the run cannot use: an unreadable spec or decisions file, or no pages. Names the file. */
    public static final class BadInputException extends Exception {
        private static final long serialVersionUID = 1L;

        public BadInputException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Runs drift with the given drafter. The run uses the machine's cores: the spec is read while the pages are
     * drafted, the pages are parsed in parallel (each once, though the baseline reads them too), and the baseline
     * is drafted beside the pages. The report does not depend on how the work was spread.
     */
    public static DriftReport run(Request request, PagesDrafter drafter) throws BadInputException {
        int cores = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService parsing = Executors.newFixedThreadPool(cores, daemon("mews-drift-parse"));
        ExecutorService tasks = Executors.newCachedThreadPool(daemon("mews-drift"));
        try {
            return run(request, drafter.forRun(parsing), tasks);
        } finally {
            parsing.shutdownNow();
            tasks.shutdownNow();
        }
    }

    /** The spec side of a run: the spec, its facts and the decisions. */
    private record SpecSide(
            JsonNode spec,
            ContractFacts facts,
            Decisions decisions,
            @Nullable Path decisionsFile) {}

    /** The baseline pages' draft and its facts. */
    private record Baseline(JsonNode draft, ContractFacts facts) {}

    private static DriftReport run(Request request, PagesDrafter drafter, ExecutorService tasks)
            throws BadInputException {
        CompletableFuture<SpecSide> specSide = CompletableFuture.supplyAsync(() -> readSpec(request), tasks);
        try {
            requireExisting(request.pages(), "--docs");
            requireExisting(request.baseline(), "--baseline");
        } catch (BadInputException e) {
            join(specSide); // an unusable spec is reported first
            throw e;
        }
        CompletableFuture<@Nullable Baseline> baselineSide = request.baseline().isEmpty()
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(
                        () -> {
                            JsonNode draft = drafter.draft(request.baseline()).openApi();
                            return new Baseline(draft, ContractFacts.of(draft));
                        },
                        tasks);
        PagesDrafter.PagesDraft pages = drafter.draft(request.pages());
        SpecSide spec = join(specSide);
        if (pages.pageCount() == 0) {
            throw new BadInputException(
                    "no page could be read from " + request.pages() + ": " + String.join("; ", pages.findings()));
        }
        OverlayApplier.Application decided = OverlayApplier.apply(pages.openApi(), spec.decisions());
        // Without decisions the decided draft is the draft: its facts serve both.
        boolean undecided = spec.decisions().all().isEmpty();
        CompletableFuture<@Nullable ContractFacts> draftFacts =
                request.baseline().isEmpty() || undecided
                        ? CompletableFuture.completedFuture(null)
                        : CompletableFuture.supplyAsync(() -> ContractFacts.of(pages.openApi()), tasks);
        ContractFacts decidedFacts = ContractFacts.of(decided.document());
        Baseline baseline = join(baselineSide);
        List<DriftFinding> findings = new DriftAnalyzer(
                        spec.spec(),
                        pages.openApi(),
                        decided,
                        pages.lines(),
                        baseline == null ? null : baseline.draft(),
                        new DriftAnalyzer.Facts(
                                spec.facts(),
                                decidedFacts,
                                request.baseline().isEmpty() ? null : undecided ? decidedFacts : join(draftFacts),
                                baseline == null ? null : baseline.facts()))
                .findings();
        List<String> pageNames = new ArrayList<>(pages.pageNames());
        return new DriftReport(
                request.spec().toString(),
                spec.decisionsFile() == null ? "(none)" : String.valueOf(spec.decisionsFile()),
                pageNames,
                findings,
                pages.findings());
    }

    private static SpecSide readSpec(Request request) {
        try {
            JsonNode spec;
            try {
                spec = OpenApiFiles.read(request.spec());
            } catch (OpenApiFiles.UnreadableDocumentException e) {
                throw new BadInputException(String.valueOf(e.getMessage()));
            }
            if (!spec.path("openapi").asText().startsWith("3.")) {
                throw new BadInputException(request.spec() + ": not an OpenAPI 3 document (no 'openapi: 3.x')");
            }
            Path decisionsFile = decisionsFile(request);
            Decisions decisions;
            try {
                decisions = decisionsFile == null ? Decisions.none() : Decisions.read(decisionsFile);
            } catch (DecisionFormatException e) {
                throw new BadInputException(String.valueOf(e.getMessage()));
            }
            return new SpecSide(spec, ContractFacts.of(spec), decisions, decisionsFile);
        } catch (BadInputException e) {
            throw new CompletionException(e);
        }
    }

    /** The task's result; its bad input or failure rethrown as it was thrown. */
    private static <T> T join(CompletableFuture<T> task) throws BadInputException {
        try {
            return task.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BadInputException bad) {
                throw bad;
            }
            if (cause instanceof RuntimeException failure) {
                throw failure;
            }
            if (cause instanceof Error failure) {
                throw failure;
            }
            throw e;
        }
    }

    /** Daemon threads: a run's helpers never keep a JVM alive. */
    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static @Nullable Path decisionsFile(Request request) throws BadInputException {
        if (request.decisions() != null) {
            if (!Files.isRegularFile(request.decisions())) {
                throw new BadInputException(request.decisions() + ": no such decisions file");
            }
            return request.decisions();
        }
        Path parent = request.spec().toAbsolutePath().getParent();
        Path beside = parent == null ? null : parent.resolve(DEFAULT_DECISIONS);
        return beside != null && Files.isRegularFile(beside) ? beside : null;
    }

    private static void requireExisting(List<Path> paths, String option) throws BadInputException {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new BadInputException(path + ": no such file or directory (" + option + ")");
            }
        }
    }
}
