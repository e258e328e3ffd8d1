package io.mewscontract.docstospec.draft;

import io.mewscontract.docs.DocumentReader;
import io.mewscontract.docs.Finding;
import io.mewscontract.docs.SourceDocument;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
        List<Finding> unreadable = new ArrayList<>();
        List<PageText> texts = new ArrayList<>();
        for (Path file : expand(pages, unreadable)) {
            String name = file.getFileName() == null
                    ? file.toString()
                    : file.getFileName().toString();
            try {
                texts.add(new PageText(name, Files.readString(file, StandardCharsets.UTF_8)));
            } catch (CharacterCodingException e) {
                unreadable.add(Finding.error(name, 0, "unreadable", "not UTF-8 text"));
            } catch (IOException e) {
                unreadable.add(Finding.error(name, 0, "unreadable", "cannot be read: " + e.getMessage()));
            }
        }
        DraftResult result = draftTexts(texts, options);
        List<Finding> findings = new ArrayList<>(unreadable);
        findings.addAll(result.findings());
        return new DraftResult(result.openApi(), result.evidence(), findings, result.tableRows());
    }

    /** Drafts pages given as text. */
    public static DraftResult draftTexts(List<PageText> pages, DraftOptions options) {
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
        List<SourceDocument> documents = DocumentReader.parseAll(named, context::find);
        for (SourceDocument document : documents) {
            context.findAll(document.findings());
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

    private static List<Path> expand(List<Path> pages, List<Finding> unreadable) {
        List<Path> files = new ArrayList<>();
        for (Path page : pages) {
            if (Files.isDirectory(page)) {
                try (Stream<Path> listing = Files.list(page)) {
                    listing.filter(Files::isRegularFile)
                            .filter(f ->
                                    f.toString().endsWith(".md") || f.toString().endsWith(".txt"))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    unreadable.add(Finding.error(page.toString(), 0, "unreadable", "directory cannot be listed"));
                }
            } else if (Files.isRegularFile(page)) {
                files.add(page);
            } else {
                unreadable.add(Finding.error(page.toString(), 0, "unreadable", "no such file or directory"));
            }
        }
        return files;
    }
}
