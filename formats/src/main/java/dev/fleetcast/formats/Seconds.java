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
            BigDecimal nanos = new BigDecimal(scalar.text()).movePointRight(9).setScale(0, RoundingMode.HALF_EVEN);
            if (nanos.signum() >= 0 && nanos.compareTo(MAX_NANOS) <= 0) {
                return Optional.of(nanos.longValueExact());
            }
        }
        fields.problems().add(node, path, node.describe(), "a number of seconds of 0 or more");
        return Optional.empty();
    }
}
