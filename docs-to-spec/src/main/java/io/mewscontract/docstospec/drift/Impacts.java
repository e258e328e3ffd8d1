package io.mewscontract.docstospec.drift;

import io.mewscontract.docstospec.drift.DriftAnalyzer.Impact;
import io.mewscontract.docstospec.drift.DriftAnalyzer.Side;
import io.mewscontract.docstospec.facts.FactDifference;
import io.mewscontract.docstospec.facts.FactKind;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a change means for client code generated from the curated spec. Generated clients keep unknown properties
 * and unknown enum values (open enums), do not validate responses, and check required non-null properties when
 * they read a response; so the same change can break code on the receiving side and not on the sending side.
 */
final class Impacts {
    private Impacts() {}

    static Impact of(
            DriftKind kind, List<FactDifference> group, Side side, boolean requiredInSpec, boolean requiredInPages) {
        FactDifference first = group.get(0);
        return switch (kind) {
            case NEW_OPERATION ->
                new Impact(false, "A new operation: no existing code calls it; regenerating adds" + " a method.");
            case REMOVED_OPERATION ->
                new Impact(
                        true,
                        "Code calling it will get errors from the API; regenerating"
                                + " removes the method, so its callers stop compiling.");
            case NEW_SCHEMA -> new Impact(false, "A new object type: no existing code uses it.");
            case REMOVED_SCHEMA ->
                new Impact(true, "Regenerating removes the generated type; code using it stops" + " compiling.");
            case NEW_PROPERTY ->
                side.sent() && requiredInPages
                        ? new Impact(true, "Required in requests: requests built without it will be rejected.")
                        : new Impact(
                                false,
                                side.sent()
                                        ? "Optional in requests: existing requests stay valid; regenerating adds a builder"
                                                + " method."
                                        : "Clients keep unknown properties, so responses carrying it are read without loss;"
                                                + " regenerating adds an accessor.");
            case REMOVED_PROPERTY ->
                side.received() && requiredInSpec
                        ? new Impact(
                                true,
                                "Required in the spec: generated records reject responses without it, and"
                                        + " code reading it loses its value.")
                        : side.sent()
                                ? new Impact(
                                        true,
                                        "Regenerating removes its builder method, so callers setting it stop"
                                                + " compiling; the API may ignore or reject it meanwhile.")
                                : new Impact(false, "Optional in the spec: code already handles its absence.");
            case NEW_ENUM_VALUE ->
                new Impact(
                        false,
                        side.received()
                                ? "Enums are open: clients keep the unknown value (known() returns UNKNOWN). Review switches"
                                        + " that should handle it."
                                : "A new value clients may send; existing requests stay valid.");
            case REMOVED_ENUM_VALUE ->
                side.sent()
                        ? new Impact(true, "Requests sending this value may be rejected.")
                        : new Impact(false, "Clients simply stop seeing the value.");
            case PRESENCE -> presence(first, side);
            case NULLABILITY -> nullability(first, side);
            case TYPE_OR_FORMAT ->
                new Impact(
                        true,
                        "The value on the wire changes type or format: the generated"
                                + " type changes, and values in the old form may no longer be read or accepted.");
            case CONSTRAINT -> constraint(group, side);
            case DEPRECATION -> new Impact(false, "Still works; plan to stop using it.");
            case EXTENSION ->
                new Impact(
                        false,
                        "Changes how the generator treats the element (e.g. retries,"
                                + " batching, pagination): review the regenerated code.");
            case OTHER ->
                new Impact(
                        group.stream().anyMatch(FactDifference::removed)
                                || first.kind().isElement() && first.removed(),
                        "Review: "
                                + (group.stream().anyMatch(FactDifference::removed)
                                        ? "something the spec states is gone."
                                        : "the pages state something more."));
            case DESCRIPTION_ONLY, STALE_DECISION -> new Impact(false, "No contract change.");
        };
    }

    private static Impact presence(FactDifference d, Side side) {
        boolean becameOptional = d.removed();
        if (becameOptional) {
            return side.received()
                    ? new Impact(
                            true,
                            "No longer always present (and so nullable): generated records reject"
                                    + " responses without it; code assuming it is there must handle its absence.")
                    : new Impact(false, "Optional in requests now: existing requests stay valid.");
        }
        return side.sent()
                ? new Impact(true, "Required in requests now: requests built without it will be rejected.")
                : new Impact(false, "Always present in responses now: code that handles its absence still works.");
    }

    private static Impact nullability(FactDifference d, Side side) {
        boolean becameNullable = d.added();
        if (becameNullable) {
            return side.received()
                    ? new Impact(
                            true,
                            "May be null in responses now: generated records reject null for it, and"
                                    + " code reading it must handle null.")
                    : new Impact(false, "Requests may send null now; existing requests stay valid.");
        }
        return side.sent()
                ? new Impact(true, "Requests may no longer send null for it.")
                : new Impact(false, "Never null in responses now: code that handles null still works.");
    }

    private static Impact constraint(List<FactDifference> group, Side side) {
        boolean tighter = group.stream().anyMatch(Impacts::tightens);
        if (tighter && side.sent()) {
            return new Impact(true, "A tighter limit on what clients send: requests valid before may be rejected.");
        }
        return new Impact(
                false,
                tighter
                        ? "A tighter limit on responses; clients do not validate responses."
                        : "A looser limit: everything valid before stays valid.");
    }

    private static boolean tightens(FactDifference d) {
        if (d.actual() == null) {
            return false;
        }
        if (d.expected() == null) {
            return true;
        }
        String key = d.pointer().substring(d.pointer().lastIndexOf('/') + 1);
        try {
            int compare = new BigDecimal(d.actual()).compareTo(new BigDecimal(d.expected()));
            return key.startsWith("max") ? compare < 0 : compare > 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Whether a difference is about the required member named by the element. */
    static boolean isRequired(FactDifference d) {
        return d.kind() == FactKind.REQUIRED;
    }
}
