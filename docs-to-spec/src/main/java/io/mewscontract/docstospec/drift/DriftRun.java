package io.mewscontract.docstospec.drift;

import com.fasterxml.jackson.databind.JsonNode;
import io.mewscontract.docstospec.decisions.DecisionFormatException;
import io.mewscontract.docstospec.decisions.Decisions;
import io.mewscontract.docstospec.decisions.OverlayApplier;
import io.mewscontract.docstospec.facts.OpenApiFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

    /** Runs drift with the given drafter. */
    public static DriftReport run(Request request, PagesDrafter drafter) throws BadInputException {
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
        requireExisting(request.pages(), "--docs");
        requireExisting(request.baseline(), "--baseline");
        PagesDrafter.PagesDraft pages = drafter.draft(request.pages());
        if (pages.pageCount() == 0) {
            throw new BadInputException(
                    "no page could be read from " + request.pages() + ": " + String.join("; ", pages.findings()));
        }
        JsonNode baseline = request.baseline().isEmpty()
                ? null
                : drafter.draft(request.baseline()).openApi();
        OverlayApplier.Application decided = OverlayApplier.apply(pages.openApi(), decisions);
        List<DriftFinding> findings =
                new DriftAnalyzer(spec, pages.openApi(), decided, pages.lines(), baseline).findings();
        List<String> pageNames = new ArrayList<>(pages.pageNames());
        return new DriftReport(
                request.spec().toString(),
                decisionsFile == null ? "(none)" : decisionsFile.toString(),
                pageNames,
                findings,
                pages.findings());
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
