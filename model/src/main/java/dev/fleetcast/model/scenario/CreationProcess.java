package dev.fleetcast.model.scenario;

import java.util.List;

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

    /**
     * Bursts of {@code size} devices every {@code intervalNanos} from {@code startNanos}, until
     * every device exists: how fleets are often rolled out (200 at a time).
     */
    record Bursts(long startNanos, int size, long intervalNanos) implements CreationProcess {
        public Bursts {
            if (startNanos < 0) {
                throw new IllegalArgumentException("creation: start must be 0 or later, was " + startNanos + " ns");
            }
            if (size < 1) {
                throw new IllegalArgumentException("creation: a burst needs at least 1 device, was " + size);
            }
            if (intervalNanos < 1) {
                throw new IllegalArgumentException("creation: interval must be at least 1 ns, was " + intervalNanos + " ns");
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

    /**
     * Replayed from a recording: device {@code i} (from 0) at {@code timesNanos.get(i)}. The
     * times are not decreasing; a scenario checks that there is one per device.
     */
    record Recorded(List<Long> timesNanos) implements CreationProcess {
        public Recorded {
            timesNanos = List.copyOf(timesNanos);
            if (timesNanos.isEmpty()) {
                throw new IllegalArgumentException("creation: a recording needs at least one time");
            }
            long previous = 0;
            for (int i = 0; i < timesNanos.size(); i++) {
                long time = timesNanos.get(i);
                if (time < previous) {
                    throw new IllegalArgumentException("creation: recorded time " + (i + 1) + " (" + time
                            + " ns) is " + (time < 0 ? "negative" : "before the one preceding it (" + previous + " ns)"));
                }
                previous = time;
            }
        }
    }
}
