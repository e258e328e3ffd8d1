package io.mewscontract.docstospec.draft;

import io.mewscontract.docs.DocumentHeading;
import io.mewscontract.docs.DocumentedEnum;
import io.mewscontract.docs.DocumentedOperation;
import io.mewscontract.docs.Finding;
import io.mewscontract.docs.PropertyTable;
import io.mewscontract.docs.Rendering;
import io.mewscontract.docs.SourceDocument;
import io.mewscontract.docs.SourceRef;
import io.mewscontract.docs.TableRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every object table, enum list and operation section of the pages, by name, so a type cell can be
 * resolved whichever page describes its object: the same page, a shared objects page, or another
 * operation page. Objects of the same name on several pages are one object (their facts are united).
 */
final class Catalog {
    /** A table describing a named object, with its document. */
    record ObjectTable(String document, PropertyTable table) {
        SourceRef source() {
            return new SourceRef(document, table.line());
        }
    }

    /** An enum list, with its document. */
    record EnumList(String document, DocumentedEnum list) {
        SourceRef source() {
            return new SourceRef(document, list.line());
        }
    }

    final List<SourceDocument> documents;
    final Map<String, List<ObjectTable>> objects = new LinkedHashMap<>();
    final Map<String, List<EnumList>> enums = new LinkedHashMap<>();
    final Map<String, List<OperationModel.Occurrence>> operations = new LinkedHashMap<>();
    private final Map<String, SourceDocument> byPageName = new LinkedHashMap<>();
    private @Nullable Map<String, String> byComponentName;

    Catalog(List<SourceDocument> documents) {
        this.documents = List.copyOf(documents);
        for (SourceDocument document : documents) {
            byPageName.putIfAbsent(pageName(document.fileName()), document);
            for (DocumentedOperation op : document.operations()) {
                operations
                        .computeIfAbsent(op.path(), p -> new ArrayList<>())
                        .add(new OperationModel.Occurrence(document.fileName(), op));
                op.tables(TableRole.OBJECT).forEach(t -> addObject(document, t));
            }
            document.objects().forEach(t -> addObject(document, t));
            for (DocumentedEnum list : document.enums()) {
                enums.computeIfAbsent(Names.key(list.name()), k -> new ArrayList<>())
                        .add(new EnumList(document.fileName(), list));
            }
        }
    }

    private void addObject(SourceDocument document, PropertyTable table) {
        if (!table.objectName().isEmpty()) {
            objects.computeIfAbsent(Names.key(table.objectName()), k -> new ArrayList<>())
                    .add(new ObjectTable(document.fileName(), table));
        }
    }

    /**
     * The key of the object whose heading makes this component name, compared ignoring case
     * ({@code WidgetPdfFile} finds {@code Widget PDF file}), or null.
     */
    @Nullable
    String keyOfComponentName(String componentName) {
        if (byComponentName == null) {
            byComponentName = new java.util.HashMap<>();
            objects.forEach((key, tables) -> byComponentName.putIfAbsent(
                    Names.component(tables.get(0).table().objectName()).toLowerCase(Locale.ROOT), key));
        }
        return byComponentName.get(componentName.toLowerCase(Locale.ROOT));
    }

    /** Whether the document is a reference page rendered from an OpenAPI file ({@link ReferenceForms}). */
    boolean isReferencePage(String document) {
        return documents.stream()
                .anyMatch(d -> d.fileName().equals(document) && d.rendering() == Rendering.OPENAPI_REFERENCE);
    }

    /** Whether a table or list is named so. */
    boolean names(String key) {
        return objects.containsKey(key) || enums.containsKey(key);
    }

    /**
     * The catalog key a link target names: {@code _objects.md#time-interval} followed to the heading
     * {@code Time interval}, {@code #widget-state} on the linking page itself. A link to a page that was
     * read but has no such heading is a broken link (reported); a link to a page that was not read, or
     * to a page whose rendering marks no headings, resolves by the link's text instead (empty here).
     */
    Optional<String> keyOfLink(String fromDocument, String href, SourceRef at, DraftContext context) {
        int hash = href.indexOf('#');
        String page = hash < 0 ? href : href.substring(0, hash);
        String anchor = hash < 0 ? "" : href.substring(hash + 1).toLowerCase(Locale.ROOT);
        SourceDocument target =
                page.isEmpty() ? byPageName.get(pageName(fromDocument)) : byPageName.get(pageName(page));
        if (target == null || anchor.isEmpty() || target.headings().isEmpty()) {
            return Optional.empty();
        }
        Optional<DocumentHeading> heading = target.heading(anchor);
        if (heading.isEmpty()) {
            context.find(Finding.warning(
                    at.document(),
                    at.line(),
                    "broken-link",
                    "link target '" + href + "' names no heading of " + target.fileName()));
            return Optional.empty();
        }
        String key = Names.key(heading.get().text());
        if (!names(key)) {
            context.find(Finding.warning(
                    at.document(),
                    at.line(),
                    "empty-heading",
                    "link target '" + href + "' is the heading '"
                            + heading.get().text() + "' (" + target.fileName() + ":"
                            + heading.get().line() + "), which holds neither a property table nor a value list"));
            return Optional.empty();
        }
        return Optional.of(key);
    }

    /** The name a page is linked by: the file name without directories and extension. */
    static String pageName(String fileOrLink) {
        String name = fileOrLink.replaceFirst("[?].*$", "");
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0 && (name.endsWith(".md") || name.endsWith(".txt") || name.endsWith(".markdown"))) {
            name = name.substring(0, dot);
        }
        return name.toLowerCase(Locale.ROOT);
    }
}
