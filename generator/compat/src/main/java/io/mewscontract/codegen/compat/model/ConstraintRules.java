package io.mewscontract.codegen.compat.model;

import static io.mewscontract.codegen.compat.Assessment.conditional;
import static io.mewscontract.codegen.compat.Assessment.ok;

import io.mewscontract.codegen.compat.Change;
import io.mewscontract.codegen.compat.ChangeKind;
import io.mewscontract.codegen.compat.JavaAnchor;
import io.mewscontract.codegen.ir.Constraint;
import io.mewscontract.codegen.ir.TypeRef;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Value constraints ({@code minLength}, {@code maxLength}, {@code pattern}, {@code minItems}, {@code maxItems},
 * {@code minimum}, {@code maximum}, {@code x-mews-max-interval}) and the object traits ({@code
 * x-mews-required-together}, {@code x-mews-portfolio-required}): a constraint that accepts less is tightened, one
 * that accepts more is loosened. Only strict servers check them; clients check requests before sending, never
 * responses.
 */
final class ConstraintRules {

    /** One constraint that changed: which way, and how to say it. */
    record Delta(boolean tightened, boolean bothWays, String description) {}

    private ConstraintRules() {}

    /** What changed between two constraint lists of one value ({@code of} names it in descriptions). */
    static List<Delta> compare(String of, List<Constraint> before, List<Constraint> after) {
        List<Delta> deltas = new ArrayList<>();
        bound(
                deltas,
                of,
                "minLength",
                find(before, Constraint.MinLength.class, c -> big(c.value())),
                find(after, Constraint.MinLength.class, c -> big(c.value())),
                true);
        bound(
                deltas,
                of,
                "maxLength",
                find(before, Constraint.MaxLength.class, c -> big(c.value())),
                find(after, Constraint.MaxLength.class, c -> big(c.value())),
                false);
        bound(
                deltas,
                of,
                "minItems",
                find(before, Constraint.MinItems.class, c -> big(c.value())),
                find(after, Constraint.MinItems.class, c -> big(c.value())),
                true);
        bound(
                deltas,
                of,
                "maxItems",
                find(before, Constraint.MaxItems.class, c -> big(c.value())),
                find(after, Constraint.MaxItems.class, c -> big(c.value())),
                false);
        bound(
                deltas,
                of,
                "minimum",
                find(before, Constraint.Minimum.class, Constraint.Minimum::value),
                find(after, Constraint.Minimum.class, Constraint.Minimum::value),
                true);
        bound(
                deltas,
                of,
                "maximum",
                find(before, Constraint.Maximum.class, Constraint.Maximum::value),
                find(after, Constraint.Maximum.class, Constraint.Maximum::value),
                false);
        bound(
                deltas,
                of,
                "x-mews-max-interval",
                find(before, Constraint.MaxInterval.class, c -> days(c.maximumLength())),
                find(after, Constraint.MaxInterval.class, c -> days(c.maximumLength())),
                false);
        String oldPattern = find(before, Constraint.Pattern.class, Constraint.Pattern::regex);
        String newPattern = find(after, Constraint.Pattern.class, Constraint.Pattern::regex);
        if (!Objects.equals(oldPattern, newPattern)) {
            if (oldPattern == null) {
                deltas.add(new Delta(true, false, of + " must now match pattern " + newPattern));
            } else if (newPattern == null) {
                deltas.add(new Delta(false, false, of + " no longer has to match pattern " + oldPattern));
            } else {
                deltas.add(new Delta(true, true, of + " pattern changes from " + oldPattern + " to " + newPattern));
            }
        }
        return deltas;
    }

    /** The constraints on the elements of two list, map or update types of the same sort. */
    static List<Delta> items(String of, TypeRef before, TypeRef after) {
        if (before instanceof TypeRef.ListOf b && after instanceof TypeRef.ListOf a) {
            return compare(of + " items", b.itemConstraints(), a.itemConstraints());
        }
        if (before instanceof TypeRef.MapOf b && after instanceof TypeRef.MapOf a) {
            return compare(of + " values", b.valueConstraints(), a.valueConstraints());
        }
        if (before instanceof TypeRef.UpdateOf b && after instanceof TypeRef.UpdateOf a) {
            return compare(of + " value", b.valueConstraints(), a.valueConstraints());
        }
        return List.of();
    }

    static Change change(String subject, Delta delta, boolean inRequest, boolean inResponse, List<JavaAnchor> anchors) {
        Wire request = delta.tightened()
                ? new Wire(
                        conditional("old clients sending values the new constraint refuses are rejected"),
                        delta.bothWays()
                                ? conditional("new clients may send values old servers refuse")
                                : ok("old servers accept everything new clients send"))
                : new Wire(
                        ok("the new server accepts everything old clients send"),
                        conditional("new clients may send values old servers refuse"));
        Wire response = Wire.ok("clients do not validate responses");
        Wire wire = Wire.judge(inRequest, inResponse, request, response);
        return new Change(
                delta.tightened() ? ChangeKind.CONSTRAINT_TIGHTENED : ChangeKind.CONSTRAINT_LOOSENED,
                subject,
                delta.description(),
                wire.clients(),
                wire.servers(),
                ok(
                        delta.tightened()
                                ? "no signature changes; the client's validator refuses the same values before"
                                        + " sending"
                                : "no signature changes"),
                delta.tightened() && inRequest ? "Make sure the values you send meet the new constraint." : null,
                List.of(),
                anchors);
    }

    /** {@code lower}: a higher value accepts less (a minimum); otherwise a lower value does (a maximum). */
    private static void bound(
            List<Delta> deltas,
            String of,
            String name,
            @Nullable BigDecimal before,
            @Nullable BigDecimal after,
            boolean lower) {
        if (before == null ? after == null : after != null && before.compareTo(after) == 0) {
            return;
        }
        boolean tightened;
        if (before == null) {
            tightened = true;
        } else if (after == null) {
            tightened = false;
        } else {
            tightened = lower ? after.compareTo(before) > 0 : after.compareTo(before) < 0;
        }
        deltas.add(new Delta(tightened, false, of + " " + name + " " + show(before) + " → " + show(after)));
    }

    private static String show(@Nullable BigDecimal value) {
        return value == null ? "none" : value.stripTrailingZeros().toPlainString();
    }

    private static <C extends Constraint, V> @Nullable V find(
            List<Constraint> constraints, Class<C> type, Function<C, V> value) {
        Optional<C> found =
                constraints.stream().filter(type::isInstance).map(type::cast).findFirst();
        return found.map(value).orElse(null);
    }

    private static BigDecimal big(int value) {
        return BigDecimal.valueOf(value);
    }

    /** An ISO 8601 period or duration in (approximate) days, for comparing two maximum interval lengths. */
    private static BigDecimal days(String length) {
        try {
            Period period = Period.parse(length);
            return BigDecimal.valueOf(period.getYears() * 366L + period.getMonths() * 31L + period.getDays());
        } catch (DateTimeParseException notAPeriod) {
            Duration duration = Duration.parse(length);
            return BigDecimal.valueOf(duration.toSeconds())
                    .divide(BigDecimal.valueOf(86_400), 6, java.math.RoundingMode.HALF_UP);
        }
    }
}
