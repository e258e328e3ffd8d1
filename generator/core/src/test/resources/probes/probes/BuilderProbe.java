package probes;

import com.example.connector.model.Limitation;
import com.example.connector.model.Money;
import com.example.connector.model.PaymentAddParameters;
import com.example.connector.model.PaymentFilterParameters;
import com.example.connector.model.PaymentKind;
import com.example.connector.model.PaymentParameters;
import com.example.connector.model.PaymentState;
import com.example.connector.model.TimeInterval;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Builds generated request records the way a user would. */
public final class BuilderProbe {
    private BuilderProbe() {}

    public static final UUID ACCOUNT = UUID.fromString("8466dfdd-0964-4002-8719-afa900d0f1ba");

    public static PaymentParameters payment(String description, BigDecimal value) {
        return PaymentParameters.builder()
                .accountId(ACCOUNT)
                .amount(Money.builder().currency("EUR").value(value).build())
                .kind(PaymentKind.CARD)
                .description(description)
                .cardToken("tok_secret_4242")
                .build();
    }

    public static PaymentParameters withoutDescription() {
        return PaymentParameters.builder()
                .accountId(ACCOUNT)
                .amount(Money.builder().currency("EUR").value(BigDecimal.TEN).build())
                .kind(PaymentKind.CASH)
                .build();
    }

    public static PaymentParameters nullDescriptionThroughTheConstructor() {
        // The generated constructor itself is under test here; code outside tests of it uses the builder.
        return new PaymentParameters(ACCOUNT, Money.builder().currency("EUR").value(BigDecimal.TEN).build(),
                PaymentKind.CASH, null, null, null);
    }

    public static Limitation limitationWithoutCount() {
        return Limitation.builder().cursor("c").build();
    }

    public static PaymentAddParameters add(List<PaymentParameters> payments) {
        return PaymentAddParameters.builder().payments(payments).build();
    }

    public static PaymentFilterParameters filter(int count, Instant start, Instant end, List<String> states,
            List<String> codes) {
        return PaymentFilterParameters.builder()
                .createdUtc(TimeInterval.builder().startUtc(start).endUtc(end).build())
                .states(states.stream().map(PaymentState::of).toList())
                .codes(codes)
                .limitation(Limitation.builder().count(count).build())
                .build();
    }

    /** A copy with one value changed, the rest kept. */
    public static PaymentParameters withNotes(PaymentParameters payment, String notes) {
        return payment.toBuilder().notes(notes).build();
    }
}
