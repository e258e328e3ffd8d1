package io.mewscontract.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import org.jspecify.annotations.NullMarked;

/**
 * Writes a {@link BigDecimal} in plain notation ({@code 10}, never {@code 1E+1}), as
 * {@code StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN} does, but through {@link BigDecimal#toString()} wherever that
 * is already plain (a scale from 0 to 9,999 and an adjusted exponent of at least -6: every amount): the value caches
 * that string, so writing it again allocates nothing, where {@code toPlainString()} builds a new one on every write
 * (ModelBenchmark). Any other value goes to the generator, which writes it plain and checks its range.
 */
@NullMarked
final class PlainDecimalSerializer extends StdScalarSerializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    /** Jackson's own limit for writing a decimal plain. */
    private static final int MAX_SCALE = 9_999;

    PlainDecimalSerializer() {
        super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        int scale = value.scale();
        if (scale >= 0 && scale <= MAX_SCALE && value.precision() - scale >= -5) {
            generator.writeNumber(value.toString());
        } else {
            generator.writeNumber(value);
        }
    }
}
