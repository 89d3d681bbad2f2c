package dev.fleetcast.calibration.fit;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How {@link DurationFitter} fits: an immutable value, changed with the {@code with…} methods.
 * There is no default seed: the bootstrap's randomness is always chosen by the caller.
 *
 * @param seed the bootstrap's master seed; each candidate draws from its own stream derived
 *     from it and the candidate's name, so adding a family never changes another's draws
 * @param bootstrapReplicates parametric bootstrap samples per fit; 0 turns the bootstrap off
 *     (no p-values, intervals or draws)
 * @param level confidence level of the percentile intervals, strictly between 0 and 1
 * @param criterion what ranks the candidates and picks the chosen fit
 * @param parsimonyMargin the chosen fit is the one with the fewest parameters among those whose
 *     criterion is within this margin of the best (then the best of those): 2 by default,
 *     after Burnham and Anderson's "Δ ≤ 2: substantial support"; 0 picks the best outright
 * @param empiricalFallback when no parametric form may or can be fitted (under
 *     {@link DurationFitter#MIN_PARAMETRIC} samples, all samples equal, every family failing),
 *     choose the empirical distribution instead of throwing {@link NoParametricFitException}
 * @param families the families to try
 * @param shifts whether to also fit each shiftable family with a shift
 * @param bootstrapEveryCandidate bootstrap every candidate (p-values for all), or only the
 *     chosen one (cheaper: one bootstrap instead of up to nine)
 */
public record FitOptions(long seed, int bootstrapReplicates, double level, Criterion criterion,
        double parsimonyMargin, boolean empiricalFallback, Set<Family> families, boolean shifts,
        boolean bootstrapEveryCandidate) {

    /** Bootstrap samples per fit by default: p-values resolve to 1/200, 2.5% tails hold 5 draws. */
    public static final int DEFAULT_BOOTSTRAP = 199;

    public FitOptions {
        if (bootstrapReplicates < 0) {
            throw new IllegalArgumentException("bootstrap replicates must be 0 or more, was " + bootstrapReplicates);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be strictly between 0 and 1, was " + level);
        }
        Objects.requireNonNull(criterion, "criterion");
        if (!(parsimonyMargin >= 0) || Double.isInfinite(parsimonyMargin)) {
            throw new IllegalArgumentException("parsimony margin must be finite and 0 or more, was " + parsimonyMargin);
        }
        Objects.requireNonNull(families, "families");
        if (families.isEmpty()) {
            throw new IllegalArgumentException("at least one family must be tried");
        }
        families = Set.copyOf(EnumSet.copyOf(families));
    }

    /**
     * Every family, shifted and not, {@value #DEFAULT_BOOTSTRAP} bootstrap samples for every
     * candidate, 95% intervals, ranked by AIC with a parsimony margin of 2, refusing under 10
     * samples.
     */
    public static FitOptions seeded(long seed) {
        return new FitOptions(seed, DEFAULT_BOOTSTRAP, 0.95, Criterion.AIC, 2, false, EnumSet.allOf(Family.class),
                true, true);
    }

    public FitOptions withBootstrapReplicates(int replicates) {
        return new FitOptions(seed, replicates, level, criterion, parsimonyMargin, empiricalFallback, families, shifts,
                bootstrapEveryCandidate);
    }

    public FitOptions withLevel(double newLevel) {
        return new FitOptions(seed, bootstrapReplicates, newLevel, criterion, parsimonyMargin, empiricalFallback, families,
                shifts, bootstrapEveryCandidate);
    }

    public FitOptions withCriterion(Criterion newCriterion) {
        return new FitOptions(seed, bootstrapReplicates, level, newCriterion, parsimonyMargin, empiricalFallback, families,
                shifts, bootstrapEveryCandidate);
    }

    public FitOptions withParsimonyMargin(double margin) {
        return new FitOptions(seed, bootstrapReplicates, level, criterion, margin, empiricalFallback, families, shifts,
                bootstrapEveryCandidate);
    }

    public FitOptions withEmpiricalFallback(boolean fallback) {
        return new FitOptions(seed, bootstrapReplicates, level, criterion, parsimonyMargin, fallback, families, shifts,
                bootstrapEveryCandidate);
    }

    public FitOptions withFamilies(Set<Family> newFamilies) {
        return new FitOptions(seed, bootstrapReplicates, level, criterion, parsimonyMargin, empiricalFallback, newFamilies,
                shifts, bootstrapEveryCandidate);
    }

    public FitOptions withShifts(boolean fitShifts) {
        return new FitOptions(seed, bootstrapReplicates, level, criterion, parsimonyMargin, empiricalFallback, families,
                fitShifts, bootstrapEveryCandidate);
    }

    public FitOptions withBootstrapEveryCandidate(boolean every) {
        return new FitOptions(seed, bootstrapReplicates, level, criterion, parsimonyMargin, empiricalFallback, families,
                shifts, every);
    }
}
