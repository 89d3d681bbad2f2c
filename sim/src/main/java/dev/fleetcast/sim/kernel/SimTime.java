package dev.fleetcast.sim.kernel;

import java.math.BigDecimal;

/** Renders simulated times for messages: seconds for people, nanoseconds for exactness. */
public final class SimTime {

    private SimTime() {
    }

    /** For example {@code "12.5 s (12500000000 ns)"}. */
    public static String describe(long nanos) {
        String seconds = BigDecimal.valueOf(nanos, 9).stripTrailingZeros().toPlainString();
        return seconds + " s (" + nanos + " ns)";
    }
}
