package dev.fleetcast.model.scenario;

/**
 * How devices come into being. Times are nanoseconds from the start of the run.
 */
public sealed interface CreationProcess {

    /** One by one, device {@code i} (from 0) at {@code startNanos + i * intervalNanos}. */
    record Steady(long startNanos, long intervalNanos) implements CreationProcess {
        public Steady {
            if (startNanos < 0) {
                throw new IllegalArgumentException("creation: start must be 0 or later, was " + startNanos + " ns");
            }
            if (intervalNanos < 1) {
                throw new IllegalArgumentException("creation: interval must be at least 1 ns, was " + intervalNanos + " ns");
            }
        }
    }

    /** All at once at {@code atNanos} — the simultaneous creation that exposes the enrollment race. */
    record Burst(long atNanos) implements CreationProcess {
        public Burst {
            if (atNanos < 0) {
                throw new IllegalArgumentException("creation: burst time must be 0 or later, was " + atNanos + " ns");
            }
        }
    }

    /** A Poisson process from {@code startNanos} with mean gap {@code meanIntervalNanos}. */
    record Poisson(long startNanos, double meanIntervalNanos) implements CreationProcess {
        public Poisson {
            if (startNanos < 0) {
                throw new IllegalArgumentException("creation: start must be 0 or later, was " + startNanos + " ns");
            }
            if (!(meanIntervalNanos > 0) || Double.isInfinite(meanIntervalNanos)) {
                throw new IllegalArgumentException("creation: mean interval must be positive, was "
                        + meanIntervalNanos + " ns");
            }
        }
    }
}
