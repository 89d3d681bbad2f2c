package dev.fleetcast.calibration.fit;

import java.util.Objects;

/** Something a person should know before trusting a fit; {@code message} says what and why. */
public record FitWarning(Kind kind, String message) {

    /** What the warning is about; docs/calibration.md gives each criterion. */
    public enum Kind {
        /** Fewer samples than {@link DurationFitter#FEW_SAMPLES}: family choice and intervals are shaky. */
        FEW_SAMPLES,
        /** Too few samples for a parametric form, or no spread: the empirical distribution was chosen. */
        EMPIRICAL_FALLBACK,
        /** A tail heavier than exponential: rare long durations dominate means and upper quantiles. */
        HEAVY_TAIL,
        /** The chosen fit's shift sits at its bound just below the smallest sample. */
        SHIFT_AT_BOUND,
        /** The chosen fit fails a goodness-of-fit test at the 5% level: no candidate describes the data well. */
        POOR_FIT
    }

    public FitWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
