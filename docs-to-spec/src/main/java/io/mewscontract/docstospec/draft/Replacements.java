package io.mewscontract.docstospec.draft;

import io.mewscontract.docs.SourceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a deprecation hint says replaces an operation, resolved to an operation of the draft: its heading named
 * in the hint (a link's text, which the markdown keeps), its address ({@code widgets/getAll/2024-01-01}, with or
 * without {@code [PlatformAddress]/api/connector/v1/}), or, where the GitBook export left a hole for the link
 * ("Use instead."), the one operation heading among the page's orphan lines (the export moves dropped link texts
 * there). Nothing is guessed: no match, or several, leaves the replacement unresolved.
 */
final class Replacements {
    private static final Pattern ADDRESS =
            Pattern.compile("(?:/api/connector/v1/)?([A-Za-z]+/[A-Za-z]+(?:/\\d{4}-\\d{2}-\\d{2})?)");
    private static final Pattern PROPERTY = Pattern.compile("(?i)\\buse\\s+`?([A-Za-z][A-Za-z0-9_.]*)`?");
    /** "Use instead": a hint whose link the rendering dropped. */
    private static final Pattern HOLE = Pattern.compile("(?i)\\buse\\s+instead\\b");

    private Replacements() {}

    static Optional<OperationModel> operation(
            ModelBuilder model, OperationModel deprecated, OperationModel.Occurrence occurrence) {
        String hint = occurrence.operation().deprecation();
        List<OperationModel> named = new ArrayList<>();
        for (OperationModel candidate : model.operations.values()) {
            if (candidate != deprecated && (namesTitle(hint, candidate) || namesAddress(hint, candidate))) {
                named.add(candidate);
            }
        }
        if (named.isEmpty() && HOLE.matcher(hint).find()) {
            orphans(model, occurrence.document())
                    .forEach(line -> model.operations.values().stream()
                            .filter(c -> c != deprecated
                                    && titles(c).stream().anyMatch(t -> t.equalsIgnoreCase(line.strip())))
                            .forEach(named::add));
        }
        // A title that is a prefix of a longer one ("Get all widgets" in "Get all widgets (ver 2024-01-01)"):
        // keep the longest, which is what the hint says.
        named.removeIf(a -> named.stream()
                .anyMatch(b -> b != a
                        && longestTitle(b)
                                .toLowerCase(Locale.ROOT)
                                .contains(longestTitle(a).toLowerCase(Locale.ROOT))
                        && longestTitle(b).length() > longestTitle(a).length()));
        return named.stream().distinct().count() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    private static boolean namesTitle(String hint, OperationModel candidate) {
        String lower = hint.toLowerCase(Locale.ROOT);
        return titles(candidate).stream().anyMatch(t -> !t.isBlank() && lower.contains(t.toLowerCase(Locale.ROOT)));
    }

    private static boolean namesAddress(String hint, OperationModel candidate) {
        Matcher m = ADDRESS.matcher(hint);
        while (m.find()) {
            if (candidate.path.equals("/api/connector/v1/" + m.group(1))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> titles(OperationModel op) {
        return op.occurrences.stream()
                .map(o -> o.operation().title())
                .distinct()
                .toList();
    }

    private static String longestTitle(OperationModel op) {
        return titles(op).stream()
                .max((a, b) -> Integer.compare(a.length(), b.length()))
                .orElse("");
    }

    private static List<String> orphans(ModelBuilder model, String document) {
        return model.catalog.documents.stream()
                .filter(d -> d.fileName().equals(document))
                .flatMap(d -> d.orphanLines().stream())
                .map(SourceLine::text)
                .toList();
    }

    /**
     * The property a struck-through row's "Use X instead" names; where the GitBook export left a hole for the
     * link, the one orphan line of the page that names another property of the same object.
     */
    static Optional<String> property(ModelBuilder model, PropertyDraft deprecated, TableFact row) {
        if (!HOLE.matcher(row.property().replacement()).find()) {
            Matcher use = PROPERTY.matcher(row.property().replacement());
            return use.find() ? Optional.of(use.group(1)) : Optional.empty();
        }
        List<String> named = orphans(model, row.source().document()).stream()
                .map(String::strip)
                .filter(line -> !line.equals(deprecated.name) && deprecated.owner.properties.containsKey(line))
                .distinct()
                .toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }
}
