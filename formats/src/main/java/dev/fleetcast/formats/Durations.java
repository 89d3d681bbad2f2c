package dev.fleetcast.formats;

/**
 * Durations as fleetcast's files write them: a whole number and a unit, such as
 * {@code "30s"} or {@code "250ms"}, with the largest unit that represents the value exactly.
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
}
