package dev.fleetcast.calibration.fit;

import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.distribution.ShiftedDuration;

/** {@code base} moved right by {@code shift} seconds: X = shift + Y. */
record ShiftedLaw(double shift, Law base) implements Law {

    @Override
    public Family family() {
        return base.family();
    }

    @Override
    public double logDensity(double x) {
        return base.logDensity(x - shift);
    }

    @Override
    public double cdf(double x) {
        return base.cdf(x - shift);
    }

    @Override
    public double sf(double x) {
        return base.sf(x - shift);
    }

    /** The shift is rounded down to the nanosecond, so it stays below every sample it was fitted under. */
    @Override
    public DurationDistribution distribution() {
        long shiftNanos = (long) Math.floor(shift * Samples.NANOS_PER_SECOND);
        if (shiftNanos < 0) {
            throw new FitFailure("a shift must be 0 or more, was " + shift + " s");
        }
        return new ShiftedDuration(shiftNanos, base.distribution());
    }
}
