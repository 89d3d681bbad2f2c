package dev.fleetcast.model.distribution;

/**
 * Turning a real-valued draw into a duration: rounded to the nearest nanosecond and kept
 * between zero and {@link #MAX_NANOS}, so that a heavy tail can never overflow the clock
 * it is added to (2^62 ns is about 146 years, far past any simulated run).
 */
final class Draws {

    /** The largest duration any distribution returns: 2^62 ns. */
    static final long MAX_NANOS = 1L << 62;

    private Draws() {
    }

    static long toNanos(double nanos) {
        if (!(nanos > 0)) {
            return 0;
        }
        return nanos >= MAX_NANOS ? MAX_NANOS : Math.round(nanos);
    }

    /** A duration parameter must be positive; named in the message. */
    static void requirePositive(String distribution, String parameter, long nanos) {
        if (nanos <= 0) {
            throw new IllegalArgumentException(distribution + ": " + parameter + " must be greater than 0, was "
                    + nanos + " ns");
        }
    }

    /** A dimensionless parameter must be finite and positive; named in the message. */
    static void requirePositive(String distribution, String parameter, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(distribution + ": " + parameter
                    + " must be a finite number greater than 0, was " + value);
        }
    }
}
