package dev.fleetcast.calibration.fit;

/**
 * The parametric families a duration sample is fitted to. Each but {@link #NORMAL} is also
 * fitted with a shift (a floor added to every draw); a shifted normal is a normal with another
 * mean, so it would add a parameter and nothing else. The empirical distribution is not a
 * family here: it has no density to rank by likelihood, and {@link FitReport} carries it apart.
 */
public enum Family {
    /** {@code exponential(mean)}: one parameter. */
    EXPONENTIAL("exponential", true),
    /** {@code normal(mean, sd)}, truncated at zero as model's {@code NormalDuration} draws it. */
    NORMAL("normal", false),
    /** {@code lognormal(median, sigma)}: median = e^μ. */
    LOGNORMAL("lognormal", true),
    /** {@code gamma(shape, scale)}. */
    GAMMA("gamma", true),
    /** {@code weibull(shape, scale)}. */
    WEIBULL("weibull", true);

    private final String specName;
    private final boolean shiftable;

    Family(String specName, boolean shiftable) {
        this.specName = specName;
        this.shiftable = shiftable;
    }

    /** The family's name as distribution specs write it, e.g. {@code "lognormal"}. */
    public String specName() {
        return specName;
    }

    /** Whether the family is also fitted with a shift. */
    public boolean shiftable() {
        return shiftable;
    }
}
