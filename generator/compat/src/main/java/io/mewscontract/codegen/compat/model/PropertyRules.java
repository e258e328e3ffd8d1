package io.mewscontract.codegen.compat.model;

import static io.mewscontract.codegen.compat.Assessment.breaking;
import static io.mewscontract.codegen.compat.Assessment.conditional;
import static io.mewscontract.codegen.compat.Assessment.ok;

import io.mewscontract.codegen.compat.Assessment;
import io.mewscontract.codegen.compat.Change;
import io.mewscontract.codegen.compat.ChangeKind;
import io.mewscontract.codegen.ir.Property;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The verdicts for property changes. Clients are liberal (they keep properties they do not know and read an
 * absent optional value as {@code null}); servers are strict (they reject unknown properties, missing required
 * ones and {@code null} where it is not allowed). Required non-nullable values are checked in the records'
 * constructors, so builders cannot leave them unset.
 */
final class PropertyRules {

    private PropertyRules() {}

    static Change added(Subject at, Property p) {
        String name = at.name(p);
        Wire request = p.required()
                ? new Wire(
                        breaking("old clients never send " + p.wireName() + ", which the new server requires"),
                        breaking("new clients always send " + p.wireName()
                                + ", which an old server rejects as an unknown property"))
                : new Wire(
                        ok("it is optional: old clients omit it"),
                        conditional("an old server rejects it as an unknown property when a new client sets it"));
        Wire response = p.required()
                ? new Wire(
                        ok("old clients keep properties they do not know"),
                        breaking("old servers never send " + p.wireName() + ", which new clients require"))
                : new Wire(
                        ok("old clients keep properties they do not know"), ok("new clients read its absence as null"));
        Wire wire = at.judge(request, response);
        Assessment java;
        String migration = null;
        if (p.required() && !p.nullable()) {
            java = breaking(
                    "required: every construction of " + at.type().javaName() + " must now set " + p.javaName());
            migration =
                    "Set " + p.javaName() + " wherever you build " + at.type().javaName() + ".";
        } else {
            // Every generated record has a builder, and code outside the generated files builds records with it.
            java = ok("a new accessor and builder method; code that builds it through builder() is unaffected");
        }
        return change(
                ChangeKind.PROPERTY_ADDED,
                at,
                p,
                "New " + presence(p) + " property " + name + " (" + TypeShape.describe(p.type()) + ")",
                wire,
                java,
                migration);
    }

    static Change removed(Subject at, Property p) {
        Wire request = p.required()
                ? new Wire(
                        breaking("old clients always send " + p.wireName()
                                + ", which the new server rejects as an unknown property"),
                        breaking("new clients no longer send " + p.wireName() + ", which old servers require"))
                : new Wire(
                        conditional("old clients that set " + p.wireName() + " are rejected (unknown property)"),
                        ok("it was optional for old servers"));
        Wire response = p.required()
                ? new Wire(
                        breaking("old clients require " + p.wireName() + ", which the new server no longer sends"),
                        ok("new clients keep what old servers still send as an unknown property"))
                : new Wire(
                        ok("old clients read its absence as null"),
                        ok("new clients keep what old servers still send as an unknown property"));
        return change(
                ChangeKind.PROPERTY_REMOVED,
                at,
                p,
                "Removed property " + at.name(p),
                at.judge(request, response),
                breaking("the accessor " + p.javaName() + "() and its builder method are gone"),
                "Stop using " + at.type().javaName() + "." + p.javaName() + "().");
    }

    static Change presence(Subject at, Property before, Property after) {
        String name = at.name(after);
        if (after.required()) {
            Wire request = new Wire(
                    conditional("old clients that omit " + after.wireName() + " are rejected"),
                    ok("old servers accept it either way"));
            Wire response = new Wire(
                    ok("old clients accept it either way"),
                    conditional("old servers may omit " + after.wireName() + ", which new clients now require"));
            Assessment java = after.nullable()
                    ? ok("the value may still be null")
                    : breaking(
                            "code that builds " + at.type().javaName() + " without " + after.javaName() + " now fails");
            return change(
                    ChangeKind.PROPERTY_PRESENCE_CHANGED,
                    at,
                    after,
                    name + " is now required",
                    at.judge(request, response),
                    java,
                    java.verdict() == io.mewscontract.codegen.compat.Verdict.BREAKING
                            ? "Always set " + after.javaName() + " when you build "
                                    + at.type().javaName() + "."
                            : null);
        }
        Wire request = new Wire(
                ok("old clients send it; it is still accepted"),
                conditional("new clients may omit " + after.wireName() + ", which old servers require"));
        Wire response = new Wire(
                conditional("the new server may omit " + after.wireName() + ", which old clients require"),
                ok("new clients accept it either way"));
        return change(
                ChangeKind.PROPERTY_PRESENCE_CHANGED,
                at,
                after,
                name + " is now optional",
                at.judge(request, response),
                becameNullableInJava(before, after),
                nullMigration(before, after));
    }

    static Change nullability(Subject at, Property before, Property after) {
        String name = at.name(after);
        if (after.nullable()) {
            Wire request = new Wire(
                    ok("old clients never send null"),
                    conditional("new clients may send null, which old servers reject"));
            Wire response = new Wire(
                    conditional("the new server may send null, which old clients reject"),
                    ok("new clients accept null"));
            return change(
                    ChangeKind.PROPERTY_NULLABILITY_CHANGED,
                    at,
                    after,
                    name + " may now be null",
                    at.judge(request, response),
                    becameNullableInJava(before, after),
                    nullMigration(before, after));
        }
        Wire request = new Wire(conditional("old clients that send null are rejected"), ok("old servers accept null"));
        Wire response = new Wire(
                ok("old clients accept non-null values"),
                conditional("old servers may send null, which new clients reject"));
        Assessment java = before.javaNullable() && !after.javaNullable()
                ? conditional("code that passes null for " + after.javaName() + " now fails")
                : ok("no change to the generated signatures");
        return change(
                ChangeKind.PROPERTY_NULLABILITY_CHANGED,
                at,
                after,
                name + " is no longer nullable",
                at.judge(request, response),
                java,
                null);
    }

    static Change deprecated(Subject at, Property p) {
        return change(
                ChangeKind.PROPERTY_DEPRECATED,
                at,
                p,
                at.name(p) + " is deprecated",
                Wire.ok("nothing changes on the wire"),
                ok("@Deprecated: compiles with a warning"),
                "Plan to stop using " + at.type().javaName() + "." + p.javaName() + "().");
    }

    static Change typeChanged(Subject at, Property before, Property after, TypeShape.Comparison comparison) {
        String summary = at.name(after) + " changes type from " + TypeShape.describe(before.type()) + " to "
                + TypeShape.describe(after.type());
        Wire wire = switch (comparison) {
            case SAME_JSON -> Wire.ok("the JSON is the same: only the generated type's name changes");
            case WIDENED ->
                at.judge(
                        new Wire(
                                ok("old clients send values the new type accepts"),
                                conditional("new clients may send values old servers cannot read")),
                        new Wire(
                                conditional("the new server may send values old clients cannot read"),
                                ok("new clients read every value old servers send")));
            case DIFFERENT, EQUAL ->
                new Wire(
                        breaking("old clients write or read the old type"),
                        breaking("old servers write or read the old type"));
        };
        return change(
                ChangeKind.PROPERTY_TYPE_CHANGED,
                at,
                after,
                summary,
                wire,
                breaking("the accessor and builder method change type"),
                "Use " + TypeShape.describe(after.type()) + " for " + at.type().javaName() + "." + after.javaName()
                        + "().");
    }

    private static Assessment becameNullableInJava(Property before, Property after) {
        return !before.javaNullable() && after.javaNullable()
                ? conditional(after.javaName() + "() may now return null (it is @Nullable)")
                : ok("no change to the generated signatures");
    }

    private static @Nullable String nullMigration(Property before, Property after) {
        return !before.javaNullable() && after.javaNullable()
                ? "Check " + after.javaName() + "() for null before using it."
                : null;
    }

    private static String presence(Property p) {
        return (p.required() ? "required" : "optional") + (p.nullable() && p.required() ? ", nullable" : "");
    }

    private static Change change(
            ChangeKind kind,
            Subject at,
            Property p,
            String summary,
            Wire wire,
            Assessment java,
            @Nullable String migration) {
        return new Change(
                kind, at.name(p), summary, wire.clients(), wire.servers(), java, migration, List.of(), at.anchors(p));
    }
}
