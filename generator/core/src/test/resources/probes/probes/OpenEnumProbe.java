package probes;

import com.example.connector.model.PaymentState;

/** Uses a generated open enum the way a user would. Compiled together with the generated fixture code. */
public final class OpenEnumProbe {
    private OpenEnumProbe() {}

    /** An exhaustive switch without default: it compiles only while Known lists every case. */
    public static String describe(String wireValue) {
        PaymentState state = PaymentState.of(wireValue);
        return switch (state.known()) {
            case PENDING -> "pending";
            case CHARGED -> "charged";
            case PARTIALLY_REFUNDED -> "partially refunded";
            case UNKNOWN_VALUE -> "the documented value Unknown";
            case UNKNOWN -> "not known yet: " + state.value();
        };
    }

    public static boolean sameAsConstant(String wireValue) {
        return PaymentState.of(wireValue).equals(PaymentState.PENDING) && PaymentState.of(wireValue) == PaymentState.PENDING;
    }
}
