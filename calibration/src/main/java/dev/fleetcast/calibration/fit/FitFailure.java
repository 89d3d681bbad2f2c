package dev.fleetcast.calibration.fit;

/**
 * A family that cannot be fitted to a sample, with the reason in words a person can act on.
 * Internal: {@link DurationFitter} turns it into a {@link SkippedCandidate} or, inside the
 * bootstrap, a failed refit.
 */
final class FitFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    FitFailure(String reason) {
        super(reason, null, false, false);
    }
}
