package dev.fleetcast.calibration.fit;

/** A closed interval of parameter values, {@code lower ≤ upper}, in the parameter's unit. */
public record Interval(double lower, double upper) {

    public Interval {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("interval needs lower <= upper, was [" + lower + ", " + upper + "]");
        }
    }

    /** Whether {@code value} lies inside, ends included. */
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }
}
