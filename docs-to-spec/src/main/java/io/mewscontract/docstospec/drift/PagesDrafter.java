package io.mewscontract.docstospec.drift;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;

/** Drafts pages for a drift run; {@link DriftRun} does not care how. */
@FunctionalInterface
public interface PagesDrafter {

    /** Drafts the pages in these files and directories. */
    PagesDraft draft(List<Path> pages);

    /**
     * This drafter for one run, whose drafts may be asked for from several threads at once and may share work
     * (a page both drafts read is parsed once; the same pages twice are drafted once), parsing on
     * {@code parsing}. The default: this drafter, which shares nothing.
     */
    default PagesDrafter forRun(Executor parsing) {
        return this;
    }

    /**
     * A draft of pages.
     *
     * @param openApi the drafted OpenAPI document
     * @param lines the page lines behind each element of {@code openApi}
     * @param pageNames the pages that were read
     * @param pageCount how many pages were read and used
     * @param findings defects of the pages, as {@code file:line: severity [code] message}
     */
    record PagesDraft(
            JsonNode openApi, SourceLines lines, List<String> pageNames, int pageCount, List<String> findings) {
        public PagesDraft {
            pageNames = List.copyOf(pageNames);
            findings = List.copyOf(findings);
        }
    }
}
