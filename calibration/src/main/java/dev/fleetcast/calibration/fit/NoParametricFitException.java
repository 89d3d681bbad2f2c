package dev.fleetcast.calibration.fit;

/**
 * Thrown when no parametric form may or can be fitted — fewer than
 * {@link DurationFitter#MIN_PARAMETRIC} samples, samples that are all equal, or every
 * candidate family failing — and the empirical fallback was not asked for. The message says
 * how many samples there were, why no form was fitted, and what to do instead.
 */
public final class NoParametricFitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int sampleCount;

    NoParametricFitException(int sampleCount, String message) {
        super(message);
        this.sampleCount = sampleCount;
    }

    /** How many samples there were. */
    public int sampleCount() {
        return sampleCount;
    }
}
