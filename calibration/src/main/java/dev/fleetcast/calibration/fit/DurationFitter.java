package dev.fleetcast.calibration.fit;

import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.distribution.EmpiricalDuration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Fits a sample of durations to every candidate family by maximum likelihood, ranks the fits,
 * tests them by parametric bootstrap and picks one (docs/calibration.md). An immutable value
 * over its {@link FitOptions}; {@link #fit} is a pure function of the samples and the options,
 * so the same call gives the same report, bit for bit.
 *
 * <p>Thread-safe; one call runs on the calling thread. Its cost is dominated by the bootstrap:
 * about (candidates × replicates) refits of n samples — seconds for n in the hundreds with the
 * defaults; {@link FitOptions#withBootstrapEveryCandidate(boolean)} cuts it to one candidate.
 */
public final class DurationFitter {

    /** Fewer samples than this and no parametric form is fitted. */
    public static final int MIN_PARAMETRIC = 10;
    /** Fewer samples than this and the report warns that the choice is provisional. */
    public static final int FEW_SAMPLES = 30;
    /** A chosen fit with a bootstrap p-value below this gets a {@link FitWarning.Kind#POOR_FIT} warning. */
    public static final double POOR_FIT_P = 0.05;

    private final FitOptions options;

    public DurationFitter(FitOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public FitOptions options() {
        return options;
    }

    /**
     * Fits {@code seconds}, durations in seconds.
     *
     * @throws IllegalArgumentException if there are no samples, or one is negative or not finite
     *     (naming its position and value)
     * @throws NoParametricFitException if no parametric form may or can be fitted (under
     *     {@value #MIN_PARAMETRIC} samples, all equal, every family failing) and the options do
     *     not ask for the empirical fallback
     */
    public FitReport fit(double[] seconds) {
        double[] sorted = validated(seconds);
        int n = sorted.length;
        EmpiricalDuration empirical = empirical(sorted);
        if (n < MIN_PARAMETRIC) {
            return refuse(n, empirical, n + (n == 1 ? " sample" : " samples")
                    + "; a parametric fit needs at least " + MIN_PARAMETRIC);
        }
        if (sorted[0] == sorted[n - 1]) {
            return refuse(n, empirical, "all " + n + " samples are " + sorted[0] + " s; there is no spread to fit a shape to");
        }
        List<ParametricFit> candidates = new ArrayList<>();
        List<SkippedCandidate> skipped = new ArrayList<>();
        for (Family family : Family.values()) {
            if (!options.families().contains(family)) {
                continue;
            }
            tryCandidate(family, false, sorted, candidates, skipped);
            if (options.shifts() && family.shiftable()) {
                tryCandidate(family, true, sorted, candidates, skipped);
            }
        }
        if (candidates.isEmpty()) {
            StringBuilder reasons = new StringBuilder();
            for (SkippedCandidate s : skipped) {
                reasons.append("; ").append(s.label()).append(": ").append(s.reason());
            }
            return refuse(n, empirical, "no family could be fitted" + reasons);
        }
        candidates.sort(Comparator.comparingDouble(options.criterion()::of)); // stable: ties keep Family order
        int chosen = choose(candidates);
        bootstrap(candidates, chosen, sorted);
        ParametricFit chosenFit = candidates.get(chosen);
        return new FitReport(n, options.criterion(), candidates, skipped, empirical, Optional.of(chosenFit),
                warnings(sorted, chosenFit));
    }

    /**
     * The index of the chosen candidate in {@code ranked} (best first): the fewest parameters
     * among those within the parsimony margin of the best, the best of those on a tie. Within
     * 2 AIC units the data cannot tell the fits apart (Burnham and Anderson), and the simpler
     * law is the better-identified one: at n = 500 plain minimum AIC picked a shifted Weibull
     * for about one normal sample in five.
     */
    private int choose(List<ParametricFit> ranked) {
        double best = options.criterion().of(ranked.get(0));
        int chosen = 0;
        for (int i = 1; i < ranked.size(); i++) {
            ParametricFit fit = ranked.get(i);
            if (options.criterion().of(fit) <= best + options.parsimonyMargin()
                    && fit.parameterCount() < ranked.get(chosen).parameterCount()) {
                chosen = i;
            }
        }
        return chosen;
    }

    private void tryCandidate(Family family, boolean shifted, double[] sorted, List<ParametricFit> candidates,
            List<SkippedCandidate> skipped) {
        try {
            DurationDistribution fit = Candidates.fit(family, shifted, sorted);
            candidates.add(Candidates.describe(fit, sorted));
        } catch (FitFailure e) {
            skipped.add(new SkippedCandidate(family, shifted, e.getMessage()));
        }
    }

    /** Bootstraps the chosen candidate, or all; each candidate from its own named stream. */
    private void bootstrap(List<ParametricFit> candidates, int chosen, double[] sorted) {
        if (options.bootstrapReplicates() == 0) {
            return;
        }
        for (int i = 0; i < candidates.size(); i++) {
            if (i != chosen && !options.bootstrapEveryCandidate()) {
                continue;
            }
            ParametricFit fit = candidates.get(i);
            Optional<BootstrapSummary> summary = ParametricBootstrap.run(fit, sorted, options.bootstrapReplicates(),
                    options.level(), BootstrapStreams.stream(options.seed(), "bootstrap/" + fit.label()));
            if (summary.isPresent()) {
                candidates.set(i, fit.withBootstrap(summary.get()));
            }
        }
    }

    private List<FitWarning> warnings(double[] sorted, ParametricFit chosen) {
        List<FitWarning> warnings = new ArrayList<>();
        int n = sorted.length;
        if (n < FEW_SAMPLES) {
            warnings.add(new FitWarning(FitWarning.Kind.FEW_SAMPLES, n + " samples: under " + FEW_SAMPLES
                    + ", AIC and BIC often cannot tell the families apart and intervals are wide; treat the chosen "
                    + chosen.label() + " as provisional"));
        }
        warnings.addAll(HeavyTails.check(sorted, chosen));
        if (chosen.shifted() && chosen.family() != Family.EXPONENTIAL) {
            double bound = ShiftProfile.bound(sorted);
            double shift = chosen.parameter("shift").orElseThrow().value();
            if (bound - shift < 2 * ShiftProfile.ONE_NANOSECOND) {
                warnings.add(new FitWarning(FitWarning.Kind.SHIFT_AT_BOUND, String.format(Locale.ROOT,
                        "the %s's likelihood rises all the way to the shift's bound %.9g s, just below the smallest "
                                + "sample: the shift is pinned by the bound rather than estimated, and the "
                                + "shape near the floor is uncertain", chosen.label(), bound)));
            }
        }
        chosen.bootstrap().ifPresent(b -> {
            if (b.ksPValue() < POOR_FIT_P || b.adPValue() < POOR_FIT_P) {
                warnings.add(new FitWarning(FitWarning.Kind.POOR_FIT, String.format(Locale.ROOT,
                        "the chosen %s fails a goodness-of-fit test at the 5%% level (bootstrap p-values: KS %.3g, "
                                + "AD %.3g): it is the best of the candidates, not a good description of the data",
                        chosen.label(), b.ksPValue(), b.adPValue())));
            }
        });
        return warnings;
    }

    private FitReport refuse(int n, EmpiricalDuration empirical, String why) {
        if (!options.empiricalFallback()) {
            throw new NoParametricFitException(n, "no parametric fit: " + why
                    + " — collect more samples, or ask for the empirical distribution instead");
        }
        return new FitReport(n, options.criterion(), List.of(), List.of(), empirical, Optional.empty(),
                List.of(new FitWarning(FitWarning.Kind.EMPIRICAL_FALLBACK, "no parametric fit: " + why
                        + "; using the empirical distribution of the samples (draws only repeat what was observed)")));
    }

    private static double[] validated(double[] seconds) {
        Objects.requireNonNull(seconds, "seconds");
        if (seconds.length == 0) {
            throw new IllegalArgumentException("no samples to fit");
        }
        for (int i = 0; i < seconds.length; i++) {
            if (!(seconds[i] >= 0) || Double.isInfinite(seconds[i])) {
                throw new IllegalArgumentException("sample " + (i + 1) + " is " + seconds[i]
                        + "; durations must be finite and 0 or more seconds");
            }
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        return sorted;
    }

    /** The samples as model's empirical distribution, each rounded to the nearest nanosecond. */
    private static EmpiricalDuration empirical(double[] sorted) {
        long[] nanos = new long[sorted.length];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = Math.round(sorted[i] * Samples.NANOS_PER_SECOND);
        }
        return new EmpiricalDuration(nanos);
    }
}
