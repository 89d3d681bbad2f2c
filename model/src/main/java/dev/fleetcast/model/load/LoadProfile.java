package dev.fleetcast.model.load;

/**
 * Messages per second that one connected device sends, over simulated time (nanoseconds from
 * the start of the run). Each profile also bounds its rate from above, which is what lets the
 * simulator draw a time-varying Poisson process exactly (by thinning).
 */
public sealed interface LoadProfile
        permits LoadProfile.Steady, LoadProfile.Step, LoadProfile.Ramp, LoadProfile.Diurnal, LoadProfile.Spike {

    /** The rate at {@code timeNanos}, in messages per second per device, 0 or more. */
    double ratePerSecond(long timeNanos);

    /** An upper bound of {@link #ratePerSecond} over all time. */
    double maxRatePerSecond();

    /** The same rate at all times. */
    record Steady(double ratePerSecond) implements LoadProfile {
        public Steady {
            Rates.require("steady", "rate", ratePerSecond);
        }

        @Override
        public double ratePerSecond(long timeNanos) {
            return ratePerSecond;
        }

        @Override
        public double maxRatePerSecond() {
            return ratePerSecond;
        }
    }

    /** {@code before} until {@code atNanos}, {@code after} from then on. */
    record Step(double before, double after, long atNanos) implements LoadProfile {
        public Step {
            Rates.require("step", "before", before);
            Rates.require("step", "after", after);
            Rates.requireTime("step", "at", atNanos);
        }

        @Override
        public double ratePerSecond(long timeNanos) {
            return timeNanos < atNanos ? before : after;
        }

        @Override
        public double maxRatePerSecond() {
            return Math.max(before, after);
        }
    }

    /** {@code from} until {@code startNanos}, then linearly to {@code to} at {@code endNanos}, then {@code to}. */
    record Ramp(double from, double to, long startNanos, long endNanos) implements LoadProfile {
        public Ramp {
            Rates.require("ramp", "from", from);
            Rates.require("ramp", "to", to);
            Rates.requireTime("ramp", "start", startNanos);
            if (endNanos <= startNanos) {
                throw new IllegalArgumentException("ramp: end (" + endNanos + " ns) must be after start ("
                        + startNanos + " ns)");
            }
        }

        @Override
        public double ratePerSecond(long timeNanos) {
            if (timeNanos <= startNanos) {
                return from;
            }
            if (timeNanos >= endNanos) {
                return to;
            }
            return from + (to - from) * ((double) (timeNanos - startNanos) / (endNanos - startNanos));
        }

        @Override
        public double maxRatePerSecond() {
            return Math.max(from, to);
        }
    }

    /**
     * A daily (or other period's) cycle: {@code mean + amplitude · cos(2π (t − peak) / period)},
     * highest at {@code peakNanos} and every period from it.
     */
    record Diurnal(double mean, double amplitude, long periodNanos, long peakNanos) implements LoadProfile {
        public Diurnal {
            Rates.require("diurnal", "mean", mean);
            Rates.require("diurnal", "amplitude", amplitude);
            if (amplitude > mean) {
                throw new IllegalArgumentException("diurnal: amplitude (" + amplitude + ") must not exceed the mean ("
                        + mean + "), or the rate would go negative");
            }
            if (periodNanos <= 0) {
                throw new IllegalArgumentException("diurnal: period must be positive, was " + periodNanos + " ns");
            }
            Rates.requireTime("diurnal", "peak", peakNanos);
        }

        @Override
        public double ratePerSecond(long timeNanos) {
            double phase = (double) Math.floorMod(timeNanos - peakNanos, periodNanos) / periodNanos;
            return Math.max(0, mean + amplitude * Math.cos(2 * Math.PI * phase));
        }

        @Override
        public double maxRatePerSecond() {
            return mean + amplitude;
        }
    }

    /** {@code base}, except {@code peak} during [{@code atNanos}, {@code atNanos + durationNanos}). */
    record Spike(double base, double peak, long atNanos, long durationNanos) implements LoadProfile {
        public Spike {
            Rates.require("spike", "base", base);
            Rates.require("spike", "peak", peak);
            Rates.requireTime("spike", "at", atNanos);
            if (durationNanos <= 0) {
                throw new IllegalArgumentException("spike: duration must be positive, was " + durationNanos + " ns");
            }
        }

        @Override
        public double ratePerSecond(long timeNanos) {
            return timeNanos >= atNanos && timeNanos - atNanos < durationNanos ? peak : base;
        }

        @Override
        public double maxRatePerSecond() {
            return Math.max(base, peak);
        }
    }
}
