package dev.fleetcast.formats.comparison;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One figure observed against its prediction.
 *
 * @param name stable name ({@code enrollment-latency-p95}), or a gateway's name for a
 *     per-gateway count
 * @param unit the unit of every value ({@code s}, {@code count}, {@code devices})
 * @param description one line for people: what the figure is, by which definition
 * @param observed the observed value; empty when the trace does not contain the figure
 * @param predicted the figure in each replication that produced it, in replication order
 * @param band the predicted median and band; empty when no replication produced the figure
 * @param percentileRank the observed value's mid-rank among {@code predicted}, from 0 to 100:
 *     {@code 100 × (below + equal / 2) / n}; present exactly when the figure was observed and
 *     predicted
 * @param verdict inside or outside the band, or why it cannot be said
 */
public record ComparedFigure(String name, String unit, String description, OptionalDouble observed,
        List<Double> predicted, Optional<PredictionBand> band, OptionalDouble percentileRank, Verdict verdict) {

    public ComparedFigure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(observed, "observed");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(percentileRank, "percentileRank");
        Objects.requireNonNull(verdict, "verdict");
        predicted = List.copyOf(predicted);
        if (name.isBlank()) {
            throw new IllegalArgumentException("a compared figure needs a name");
        }
        for (double value : predicted) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException(name + ": predicted values must be finite, was " + value);
            }
        }
        if (observed.isPresent() && !Double.isFinite(observed.getAsDouble())) {
            throw new IllegalArgumentException(name + ": the observed value must be finite, was " + observed);
        }
        if (band.isPresent() != !predicted.isEmpty()
                || band.isPresent() && band.get().replications() != predicted.size()) {
            throw new IllegalArgumentException(name + ": a band rests on the predicted values, " + predicted.size()
                    + " of them, was " + band);
        }
        Verdict expected = observed.isEmpty() ? Verdict.NOT_OBSERVED : band.isEmpty() ? Verdict.NOT_PREDICTED
                : band.get().contains(observed.getAsDouble()) ? Verdict.INSIDE : Verdict.OUTSIDE;
        if (verdict != expected) {
            throw new IllegalArgumentException(name + ": verdict " + verdict + " disagrees with observed " + observed
                    + " and band " + band + " (expected " + expected + ")");
        }
        boolean ranked = observed.isPresent() && band.isPresent();
        if (percentileRank.isPresent() != ranked || ranked && !(percentileRank.getAsDouble() >= 0
                && percentileRank.getAsDouble() <= 100)) {
            throw new IllegalArgumentException(name + ": a percentile rank from 0 to 100 is needed exactly when the "
                    + "figure was observed and predicted, was " + percentileRank);
        }
    }
}
