package io.mewscontract.docstospec.draft;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.mewscontract.docs.Finding;
import io.mewscontract.docs.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Rule CrossPropertyRules: the rules between properties that the pages state in description cells
 * (CONNECTOR-DOC-FORMS.md, "Property tables"), drafted as the spec's extensions (DESIGN.md):
 * <ul>
 *   <li>{@code x-mews-at-least-one-of}: "Required if no other filter is provided" on two or more rows (the rows
 *       saying it are the filters), or "At least one of `A`, `B` must be specified";</li>
 *   <li>{@code x-mews-at-most-one-of}: "At most one of `A`, `B` may be specified", "Mutually exclusive with `B`",
 *       "Cannot be combined with `B`";</li>
 *   <li>{@code x-mews-required-together}: "Required together with `B`", "Must be specified together with `B`",
 *       "`A` and `B` must be specified together".</li>
 * </ul>
 * Only names of the same object count; a rule naming anything else, a lone "required if no other filter", or two
 * different groups of one kind (the extension holds one group) is a finding, and the rule is not drafted.
 */
final class CrossPropertyRules implements DraftRule {
    static final String AT_LEAST_ONE_OF = "x-mews-at-least-one-of";
    static final String AT_MOST_ONE_OF = "x-mews-at-most-one-of";
    static final String REQUIRED_TOGETHER = "x-mews-required-together";

    private static final Pattern NO_OTHER_FILTER =
            Pattern.compile("(?i)\\brequired\\s+(?:if|when|unless)\\s+(?:no\\s+other|any\\s+other|another)\\s+filter");
    private static final Pattern LIST_RULE = Pattern.compile("(?i)\\b(at\\s+least|at\\s+most|exactly)\\s+one\\s+of"
            + "\\s+(?:the\\s+(?:properties|filters)\\s+)?(.+?)\\s+(?:must|should|can|may|is|has)\\b");
    private static final Pattern EXCLUSIVE = Pattern.compile(
            "(?i)\\b(?:mutually\\s+exclusive\\s+with|cannot\\s+be\\s+(?:combined|used|specified)\\s+(?:together\\s+)?"
                    + "with)\\s+(.+?)(?:[.;]|$)");
    private static final Pattern TOGETHER_WITH = Pattern.compile(
            "(?i)\\b(?:required|must\\s+be\\s+(?:specified|provided|sent|used))\\s+together\\s+with\\s+(.+?)(?:[.;]|$)");
    private static final Pattern BOTH_TOGETHER = Pattern.compile(
            "(?i)(?:^|[.;]\\s+)(?:both\\s+)?([^.;]+?)\\s+must\\s+be\\s+(?:specified|provided|sent|used)\\s+together\\b");
    /** A presence that depends on a condition: "Required for Gross pricing environments", "Required when ...". */
    private static final Pattern CONDITIONAL = Pattern.compile(
            "(?i)\\b(?:required|mandatory)\\s+(?:only\\s+)?(?:if|when|for|unless|in\\s+case\\s+of)\\b[^.;]*");

    private static final Pattern NAME_SEPARATOR = Pattern.compile("(?i)\\s*(?:,|\\bor\\b|\\band\\b|\\bnor\\b)\\s*");

    @Override
    public String name() {
        return DraftRules.CROSS_PROPERTY_RULES;
    }

    @Override
    public void apply(ModelBuilder model, DraftContext context) {
        for (SchemaDraft schema : model.schemas.values()) {
            if (schema.kind != SchemaDraft.Kind.OBJECT || schema.properties.isEmpty()) {
                continue;
            }
            Map<String, Group> groups = new LinkedHashMap<>();
            List<SourceRef> noOtherFilter = new ArrayList<>();
            Set<String> filters = new LinkedHashSet<>();
            for (PropertyDraft p : schema.properties.values()) {
                for (TableFact row : p.tables) {
                    String text = row.property().description();
                    if (NO_OTHER_FILTER.matcher(text).find()) {
                        if (filters.add(p.name)) {
                            noOtherFilter.add(row.source());
                        }
                    } else {
                        conditional(schema, p, row, text, context);
                    }
                    read(schema, p, row, text, groups, context);
                }
            }
            if (filters.size() == 1) {
                context.find(Finding.note(
                        noOtherFilter.get(0).document(),
                        noOtherFilter.get(0).line(),
                        "cross-property-rule",
                        "'required if no other filter' on " + schema.name + "."
                                + filters.iterator().next() + " alone: no other row says it, so the filters are not"
                                + " known; no x-mews-at-least-one-of drafted"));
            } else if (filters.size() > 1) {
                add(
                        groups,
                        AT_LEAST_ONE_OF,
                        new Group(
                                List.copyOf(filters),
                                noOtherFilter,
                                "'required if no other filter is provided' on each"),
                        schema,
                        context);
            }
            for (Map.Entry<String, Group> rule : groups.entrySet()) {
                ArrayNode names = JsonNodeFactory.instance.arrayNode();
                rule.getValue().names().forEach(names::add);
                schema.rules.put(rule.getKey(), names);
                context.decide(
                        schema,
                        name(),
                        rule.getKey().substring("x-mews-".length()) + " "
                                + rule.getValue().names() + " ("
                                + rule.getValue().said() + ")",
                        rule.getValue().sources());
            }
        }
    }

    /**
     * A presence condition no extension can state (it names an environment or a value, not another property):
     * the property keeps the presence its Contract column gives, and the condition is a note and evidence, with
     * its line, never dropped silently.
     */
    private void conditional(SchemaDraft schema, PropertyDraft p, TableFact row, String text, DraftContext context) {
        Matcher condition = CONDITIONAL.matcher(text);
        if (!condition.find()) {
            return;
        }
        String said = condition.group().strip();
        String presence = row.property().presence().name().toLowerCase(Locale.ROOT);
        context.find(Finding.note(
                row.source().document(),
                row.source().line(),
                "conditional-presence",
                schema.name + "." + p.name + ": '" + said
                        + "' is a condition the spec cannot state; presence as the rules draft it (Contract"
                        + " column: " + presence + "), the condition left to the description"));
        context.decide(
                p,
                name(),
                "presence conditional ('" + said + "'): not expressible, left to the description (Contract: " + presence
                        + ")",
                List.of(row.source()));
    }

    private void read(
            SchemaDraft schema,
            PropertyDraft p,
            TableFact row,
            String text,
            Map<String, Group> groups,
            DraftContext context) {
        Matcher list = LIST_RULE.matcher(text);
        if (list.find()) {
            String kind = list.group(1).toLowerCase(Locale.ROOT).startsWith("at least")
                    ? AT_LEAST_ONE_OF
                    : list.group(1).toLowerCase(Locale.ROOT).startsWith("at most") ? AT_MOST_ONE_OF : "exactly";
            List<String> names = names(schema, list.group(2), null, row, context);
            if (!names.isEmpty()) {
                if (!kind.equals(AT_MOST_ONE_OF)) {
                    add(
                            groups,
                            AT_LEAST_ONE_OF,
                            new Group(names, List.of(row.source()), "'" + list.group() + "'"),
                            schema,
                            context);
                }
                if (!kind.equals(AT_LEAST_ONE_OF)) {
                    add(
                            groups,
                            AT_MOST_ONE_OF,
                            new Group(names, List.of(row.source()), "'" + list.group() + "'"),
                            schema,
                            context);
                }
            }
        }
        Matcher exclusive = EXCLUSIVE.matcher(text);
        if (exclusive.find()) {
            List<String> names = names(schema, exclusive.group(1), p.name, row, context);
            if (!names.isEmpty()) {
                add(
                        groups,
                        AT_MOST_ONE_OF,
                        new Group(
                                names,
                                List.of(row.source()),
                                "'" + exclusive.group().strip() + "' on " + p.name),
                        schema,
                        context);
            }
        }
        Matcher together = TOGETHER_WITH.matcher(text);
        Matcher both = BOTH_TOGETHER.matcher(text);
        @Nullable String named = together.find() ? together.group(1) : both.find() ? both.group(1) : null;
        if (named != null) {
            List<String> names = names(schema, named, together.find(0) ? p.name : null, row, context);
            if (!names.isEmpty()) {
                add(
                        groups,
                        REQUIRED_TOGETHER,
                        new Group(names, List.of(row.source()), "'" + text.strip() + "' on " + p.name),
                        schema,
                        context);
            }
        }
    }

    /**
     * The property names a rule lists ({@code A, B or C}), with {@code self} first when the row states it about
     * itself; empty (and a finding) when one is not a property of the object or fewer than two remain.
     */
    private static List<String> names(
            SchemaDraft schema, String listed, @Nullable String self, TableFact row, DraftContext context) {
        Set<String> names = new LinkedHashSet<>();
        if (self != null) {
            names.add(self);
        }
        for (String name : NAME_SEPARATOR.split(listed.replace("`", "").strip(), -1)) {
            String candidate = name.strip().replaceFirst("(?i)^(?:the\\s+)?", "");
            if (candidate.isEmpty()) {
                continue;
            }
            if (!schema.properties.containsKey(candidate)) {
                context.find(Finding.warning(
                        row.source().document(),
                        row.source().line(),
                        "cross-property-rule",
                        "the rule '" + listed.strip() + "' of " + schema.name + " names '" + candidate
                                + "', which is not a property of it; the rule is not drafted"));
                return List.of();
            }
            names.add(candidate);
        }
        return names.size() < 2 ? List.of() : List.copyOf(names);
    }

    /** Adds a group; the same members again (another row saying the same) only adds its sources. */
    private static void add(
            Map<String, Group> groups, String kind, Group group, SchemaDraft schema, DraftContext context) {
        Group existing = groups.get(kind);
        if (existing == null) {
            groups.put(kind, group);
        } else if (new LinkedHashSet<>(existing.names()).equals(new LinkedHashSet<>(group.names()))) {
            List<SourceRef> sources = new ArrayList<>(existing.sources());
            sources.addAll(group.sources());
            groups.put(kind, new Group(existing.names(), sources, existing.said()));
        } else {
            SourceRef at = group.sources().get(0);
            context.find(Finding.warning(
                    at.document(),
                    at.line(),
                    "cross-property-rule",
                    schema.name + " states two"
                            + " different " + kind + " groups, " + existing.names() + " and " + group.names()
                            + "; the spec's extension holds one: the first is drafted"));
        }
    }

    private record Group(List<String> names, List<SourceRef> sources, String said) {}
}
