package dev.fleetcast.calibration.fit;

import java.util.Objects;

/**
 * A candidate that could not be fitted to this sample, and why: a zero duration where the
 * family has no density, a shift with no room below the smallest sample, an estimator that
 * did not converge.
 */
public record SkippedCandidate(Family family, boolean shifted, String reason) {

    public SkippedCandidate {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(reason, "reason");
    }

    /** For people: {@code "shifted gamma"}. */
    public String label() {
        return ParametricFit.label(family, shifted);
    }
}
