package dev.fleetcast.formats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Durations as fleetcast's files write them: a number and a unit, such as {@code "30s"},
 * {@code "250ms"} or {@code "1.5s"}; units {@code h m s ms us ns}. Written with the largest
 * unit that represents the value exactly.
 */
public final class Durations {

    private static final long[] UNIT_NANOS = {3_600_000_000_000L, 60_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L, 1L};
    private static final String[] UNIT_NAMES = {"h", "m", "s", "ms", "us", "ns"};

    private Durations() {
    }

    /** For example 1_500_000_000 → {@code "1500ms"}, 90_000_000_000 → {@code "90s"}, 0 → {@code "0s"}. */
    public static String format(long nanos) {
        if (nanos == 0) {
            return "0s";
        }
        for (int i = 0; i < UNIT_NANOS.length; i++) {
            if (nanos % UNIT_NANOS[i] == 0) {
                return nanos / UNIT_NANOS[i] + UNIT_NAMES[i];
            }
        }
        throw new AssertionError("every whole number of nanoseconds divides by 1");
    }

    /**
     * Parses a duration such as {@code "30s"}, {@code "1.5s"} or {@code "250ms"} into
     * nanoseconds (rounded to the nearest nanosecond).
     *
     * @throws IllegalArgumentException naming what was wrong: no unit, an unknown unit, a
     *     negative or malformed number, or a value beyond about 292 years
     */
    public static long parse(String text) {
        String trimmed = text.strip();
        int unitStart = trimmed.length();
        while (unitStart > 0 && Character.isLetter(trimmed.charAt(unitStart - 1))) {
            unitStart--;
        }
        String number = trimmed.substring(0, unitStart).strip();
        String unit = trimmed.substring(unitStart);
        if (unit.isEmpty()) {
            throw new IllegalArgumentException("a duration needs a unit (h, m, s, ms, us, ns)");
        }
        int index = Arrays.asList(UNIT_NAMES).indexOf(unit);
        if (index < 0) {
            throw new IllegalArgumentException("unknown unit \"" + unit + "\"; units are h, m, s, ms, us, ns");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + number + "\" is not a number");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a duration cannot be negative");
        }
        BigDecimal nanos = value.multiply(BigDecimal.valueOf(UNIT_NANOS[index]))
                .setScale(0, RoundingMode.HALF_EVEN);
        if (nanos.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException("a duration must be below about 292 years");
        }
        return nanos.longValueExact();
    }
}
