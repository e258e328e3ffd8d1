package io.mewscontract.docstospec.draft;

import io.mewscontract.docs.Finding;
import io.mewscontract.docs.PageReader;
import io.mewscontract.docs.SourceDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drafts an OpenAPI 3.0.3 spec from any set of Connector API pages (one version or many, any rendering):
 * every operation they describe, every object and enum reached from them, each decision taken by a named
 * rule ({@link DraftRules}) and recorded with the document lines it rests on ({@link Evidence}).
 *
 * <p>Bad pages never stop a run: a page that cannot be read or is not a Connector API page, a table missing
 * a column, a broken link, an invalid example, contradicting pages become {@link Finding}s and the other
 * pages are drafted.
 */
public final class Drafter {
    private Drafter() {}

    /** Drafts the pages in these files and directories (directories: their {@code .md} and {@code .txt} files). */
    public static DraftResult draft(List<Path> pages) {
        return draft(pages, DraftOptions.DEFAULT);
    }

    public static DraftResult draft(List<Path> pages, DraftOptions options) {
        return draft(PageFiles.read(pages), options, new PageReader(Runnable::run));
    }

    /**
     * Drafts pages read from files, parsing them with {@code reader} (e.g. in parallel, or sharing the pages two
     * drafts have in common); the unreadable files are findings of the draft.
     */
    public static DraftResult draft(PageFiles pages, DraftOptions options, PageReader reader) {
        DraftResult result = draftTexts(pages.texts(), options, reader);
        if (pages.unreadable().isEmpty()) {
            return result;
        }
        List<Finding> findings = new ArrayList<>(pages.unreadable());
        findings.addAll(result.findings());
        return new DraftResult(result.openApi(), result.evidence(), findings, result.tableRows());
    }

    /** Drafts pages given as text. */
    public static DraftResult draftTexts(List<PageText> pages, DraftOptions options) {
        return draftTexts(pages, options, new PageReader(Runnable::run));
    }

    /** Drafts pages given as text, parsing them with {@code reader}. */
    public static DraftResult draftTexts(List<PageText> pages, DraftOptions options, PageReader reader) {
        DraftContext context = new DraftContext(options);
        Map<String, String> named = new LinkedHashMap<>();
        for (PageText page : pages) {
            if (named.putIfAbsent(page.name(), page.content()) != null) {
                context.find(Finding.warning(
                        page.name(),
                        0,
                        "duplicate-page",
                        "two pages have this name; the second is not read (links name pages by file name)"));
            }
        }
        List<SourceDocument> documents = reader.parseAll(named, context::find);
        for (SourceDocument document : documents) {
            context.findAll(document.findings());
            // What the reader had to guess (a reference page's nesting no example settles) is shown, never hidden.
            document.notes()
                    .forEach(note -> context.find(
                            Finding.note(document.fileName(), note.line(), "reading-note", note.message())));
            if (document.operations().isEmpty()
                    && document.objects().isEmpty()
                    && document.enums().isEmpty()) {
                context.find(Finding.note(
                        document.fileName(),
                        0,
                        "no-operations",
                        "the page describes no operation and no object (an index page?); nothing drafted from it"));
            }
        }
        ModelBuilder model = new ModelBuilder(new Catalog(documents), context);
        model.build();
        model.allProperties().forEach(p -> TableTypes.decide(p, context));
        new ExampleWalker(model, context).walkAll();
        Descriptions.fill(model);
        for (DraftRule rule : DraftRules.ORDER) {
            if (context.applies(rule.name())) {
                rule.apply(model, context);
            }
        }
        Descriptions.fill(model); // objects a rule reached late (union members) get theirs too
        Descriptions.capitalizeEnumValues(model);
        for (PropertyDraft p : model.allProperties()) {
            if (!p.type.isKnown() && !p.owner.fixed) {
                ExampleFact first = p.examples.isEmpty() ? null : p.examples.get(0);
                var at = !p.tables.isEmpty() ? p.tables.get(0).source() : first != null ? first.source() : null;
                if (at != null) {
                    context.find(Finding.note(
                            at.document(),
                            at.line(),
                            "unknown-type",
                            p + ": no page gives a type and no example a non-null value; drafted without a type"));
                }
            }
        }
        List<TableRow> rows = TableRow.readAll(model, documents);
        return new DraftResult(
                OpenApiWriter.write(model, context, documents.size()), context.evidence(), context.findings(), rows);
    }
}
