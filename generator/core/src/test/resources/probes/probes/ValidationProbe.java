package probes;

import com.example.connector.operation.PaymentsOperations;
import com.example.connector.validation.CommonRequestFieldsValidator;
import io.mewscontract.runtime.CommonRequestFields;
import io.mewscontract.runtime.ValidationMode;
import io.mewscontract.runtime.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Validates generated requests through their operation descriptors, as client and server do. */
public final class ValidationProbe {
    private ValidationProbe() {}

    /** Three payments: one valid, one with two problems, one with a third. */
    public static List<String> addViolations(ValidationMode mode) {
        var payments = List.of(
                BuilderProbe.payment("ok", new BigDecimal("18.49")),
                BuilderProbe.withNotes(BuilderProbe.payment("x".repeat(51), new BigDecimal("0")), "n".repeat(101)),
                BuilderProbe.payment("ok", new BigDecimal("0.1")));
        return strings(PaymentsOperations.ADD.validator().validate(BuilderProbe.add(payments), mode));
    }

    public static List<String> filterViolations(ValidationMode mode) {
        return strings(PaymentsOperations.GET_ALL.validator().validate(BuilderProbe.filter(0,
                Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-04-02T00:00:00Z"),
                List.of("Pending", "Refunded"), List.of("short", "much too long")), mode));
    }

    public static List<String> commonFieldViolations() {
        return strings(CommonRequestFieldsValidator.INSTANCE.validate(
                new CommonRequestFields("", "token", "Probe 1.0", "en-US", null), ValidationMode.CLIENT));
    }

    private static List<String> strings(List<Violation> violations) {
        return violations.stream().map(Violation::toString).toList();
    }
}
