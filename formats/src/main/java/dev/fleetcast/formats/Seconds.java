package dev.fleetcast.formats;

import dev.fleetcast.formats.validation.Fields;
import dev.fleetcast.formats.yaml.Node;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Times and durations written as numbers of seconds, in fields whose names end in
 * {@code Seconds}: exact to the nanosecond both ways, so that nanoseconds written and read back
 * are the same nanoseconds ({@code 1.000000001}, never {@code 1.0000000010000001}).
 */
public final class Seconds {

    /** About 146 years: far beyond any run, and far below where a {@code long} of nanoseconds overflows. */
    private static final BigDecimal MAX_NANOS = BigDecimal.valueOf(1L << 62);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private Seconds() {
    }

    /** {@code nanos} as seconds, exactly, without trailing zeros: 1_500_000_000 → 1.5, 0 → 0. */
    public static BigDecimal of(long nanos) {
        BigDecimal seconds = BigDecimal.valueOf(nanos, 9).stripTrailingZeros();
        return seconds.scale() < 0 ? seconds.setScale(0) : seconds;
    }

    /**
     * A number of seconds of 0 or more, as nanoseconds rounded to the nearest; anything else
     * (text, a negative number, beyond about 146 years) is recorded as a problem.
     */
    public static Optional<Long> read(Fields fields, Node node, String path) {
        if (node instanceof Node.Scalar scalar
                && (scalar.kind() == Node.Scalar.Kind.INTEGER || scalar.kind() == Node.Scalar.Kind.DECIMAL)) {
            Optional<Long> nanos = nanos(new BigDecimal(scalar.text()), NANOS_PER_SECOND);
            if (nanos.isPresent()) {
                return nanos;
            }
        }
        fields.problems().add(node, path, node.describe(), "a number of seconds of 0 or more");
        return Optional.empty();
    }

    /**
     * {@code value} units of {@code unitNanos} nanoseconds each, rounded to the nearest
     * nanosecond (half to even); empty when negative or beyond about 146 years. Safe for any
     * exponent a file may write ({@code 1e-999999999} is 0, {@code 1e999999999} is empty)
     * without computing its digits.
     */
    public static Optional<Long> nanos(BigDecimal value, long unitNanos) {
        BigDecimal nanos = value.multiply(BigDecimal.valueOf(unitNanos));
        if (nanos.signum() < 0 || nanos.compareTo(MAX_NANOS) > 0) {
            return Optional.empty();
        }
        if (nanos.compareTo(HALF) <= 0) {
            return Optional.of(0L);
        }
        return Optional.of(nanos.setScale(0, RoundingMode.HALF_EVEN).longValueExact());
    }
}
