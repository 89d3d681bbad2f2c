package dev.fleetcast.model.hpa;

/**
 * The band of usage ratios that changes nothing: {@code [1 − scaleDown, 1 + scaleUp]}, both
 * ends inclusive, computed in {@code double} exactly as the controller computes it (so a
 * ratio of 77/70 is within a 0.1 tolerance: both sides are the same double, 1.1).
 *
 * @param scaleDown the downward tolerance, at least 0
 * @param scaleUp the upward tolerance, at least 0
 */
public record Tolerances(double scaleDown, double scaleUp) {

    public Tolerances {
        if (!(scaleDown >= 0) || !(scaleUp >= 0)) {
            throw new IllegalArgumentException("tolerances must be at least 0, were down " + scaleDown + " and up "
                    + scaleUp);
        }
    }

    /** The tolerances in force: the global flag, overridden per direction by a behavior. */
    static Tolerances of(HpaSpec spec, HpaSettings settings) {
        double down = settings.tolerance();
        double up = settings.tolerance();
        if (spec.behavior().isPresent()) {
            HpaBehavior behavior = spec.behavior().get();
            down = behavior.scaleDown().tolerance().orElse(down);
            up = behavior.scaleUp().tolerance().orElse(up);
        }
        return new Tolerances(down, up);
    }

    public double lowerBound() {
        return 1.0 - scaleDown;
    }

    public double upperBound() {
        return 1.0 + scaleUp;
    }

    /** Whether {@code ratio} is close enough to 1 to change nothing (inclusive at both ends). */
    public boolean isWithin(double ratio) {
        return lowerBound() <= ratio && ratio <= upperBound();
    }
}
