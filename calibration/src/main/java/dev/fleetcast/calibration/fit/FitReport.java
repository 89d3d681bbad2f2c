package dev.fleetcast.calibration.fit;

import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.distribution.EmpiricalDuration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything fitting found about one sample of durations.
 *
 * @param sampleCount how many samples were fitted
 * @param criterion what ranked {@code candidates}
 * @param candidates the parametric fits, best first by {@code criterion} (ties keep the
 *     order of {@link Family}, unshifted before shifted); empty when no parametric form was
 *     fitted and the empirical distribution was chosen instead
 * @param skipped the candidates that could not be fitted, with the reason
 * @param empirical the samples themselves as a distribution (nanoseconds): what the figures
 *     draw beside a fit, and the fallback
 * @param chosenFit the chosen candidate — the fewest parameters within the options' parsimony
 *     margin of the best, so not always the first — or empty when the empirical distribution
 *     was chosen
 * @param warnings what a person should know, in the order found
 */
public record FitReport(int sampleCount, Criterion criterion, List<ParametricFit> candidates,
        List<SkippedCandidate> skipped, EmpiricalDuration empirical, Optional<ParametricFit> chosenFit,
        List<FitWarning> warnings) {

    public FitReport {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(empirical, "empirical");
        Objects.requireNonNull(chosenFit, "chosenFit");
        candidates = List.copyOf(candidates);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
        if (sampleCount < 1) {
            throw new IllegalArgumentException("a report needs at least one sample, was " + sampleCount);
        }
        if (chosenFit.isPresent() && !candidates.contains(chosenFit.get())) {
            throw new IllegalArgumentException("the chosen fit must be one of the candidates");
        }
    }

    /** Whether the empirical distribution was chosen (no parametric form was fitted). */
    public boolean empiricalChosen() {
        return chosenFit.isEmpty();
    }

    /** The distribution to use: the chosen candidate's, or the empirical one. */
    public DurationDistribution chosen() {
        return chosenFit.<DurationDistribution>map(ParametricFit::distribution).orElse(empirical);
    }

    /** For people: {@code "shifted lognormal"}, or {@code "empirical"}. */
    public String chosenLabel() {
        return chosenFit.map(ParametricFit::label).orElse("empirical");
    }

    /** The candidates ranked by {@code other} instead (stable: ties keep this report's order). */
    public List<ParametricFit> rankedBy(Criterion other) {
        List<ParametricFit> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingDouble(other::of));
        return List.copyOf(ranked);
    }

    /** The candidate of {@code family}, shifted or not, if it was fitted. */
    public Optional<ParametricFit> candidate(Family family, boolean shifted) {
        return candidates.stream().filter(c -> c.family() == family && c.shifted() == shifted).findFirst();
    }
}
