package dev.fleetcast.calibration.fit;

import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * Fits a family with a shift γ by profile likelihood: for each γ the other parameters take
 * their MLE on x − γ, and γ maximises the resulting ln L(γ).
 *
 * <p>The shift is bounded: 0 ≤ γ ≤ x₍₁₎ − ε, with ε = x₍ⱼ₎ − x₍₁₎ the gap from the smallest
 * sample to the next larger one (at least 1 ns) — the data's resolution at their floor: they
 * locate the floor no more finely than that, and closer to x₍₁₎ the likelihood is decided by
 * x₍₁₎ alone. That is exactly where it misbehaves: for the exponential, and for gamma and
 * Weibull shapes below 1, ln L rises without limit as γ → x₍₁₎, and a bound at the data's
 * smallest gap anywhere (often 10⁻⁵ of the scale) let that rise, an artefact of one sample,
 * pick a shifted family for unshifted data in over half of the trials at shape 0.7. With this
 * bound the exponential's MLE is the bound itself, γ = x₍₁₎ − (x₍₂₎ − x₍₁₎), nearly unbiased
 * since E[x₍₂₎ − x₍₁₎] = θ/(n − 1), where γ = x₍₁₎ would sit θ/n above the true floor on
 * average. The bound keeps γ strictly below x₍₁₎ after rounding down to whole nanoseconds.
 *
 * <p>ln L(γ) can have a local maximum inside and a rise at the bound, so the search first
 * evaluates a grid of {@value #GRID} gaps x_min − γ spaced evenly in log from ε to x_min
 * (γ from the bound down to 0), then refines around the best point with Brent's method.
 */
final class ShiftProfile {

    static final int GRID = 32;
    static final double ONE_NANOSECOND = 1e-9;

    private ShiftProfile() {
    }

    /**
     * The largest shift allowed for {@code sorted} (ascending, seconds): x₍₁₎ − ε with ε the
     * gap from the smallest sample to the next larger one, at least 1 ns; 0 or less means no
     * shift fits.
     */
    static double bound(double[] sorted) {
        double min = sorted[0];
        double gap = 0;
        for (double v : sorted) {
            if (v > min) {
                gap = v - min;
                break;
            }
        }
        return min - Math.max(gap, ONE_NANOSECOND);
    }

    /**
     * The shifted MLE of {@code family} on {@code sorted} (ascending, seconds).
     *
     * @throws FitFailure if there is no room for a shift or the family fits at no shift
     */
    static ShiftedLaw fit(Family family, double[] sorted) {
        double min = sorted[0];
        double bound = bound(sorted);
        if (!(bound > 0)) {
            throw new FitFailure("the smallest sample, " + min + " s, lies closer to 0 than to the next ("
                    + (min - bound) + " s above it), so the data place no floor above 0");
        }
        double[] excess = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            excess[i] = sorted[i] - min;
        }
        if (family == Family.EXPONENTIAL) {
            // ln L = −n ln(x̄ − γ) − n rises in γ: the MLE is the bound itself
            return new ShiftedLaw(bound, ExponentialLaw.fit(plus(excess, min - bound)));
        }
        double logLowest = Math.log(min - bound);
        double logHighest = Math.log(min);
        double[] grid = new double[GRID + 1];
        double[] values = new double[GRID + 1];
        int best = 0;
        for (int i = 0; i <= GRID; i++) {
            grid[i] = logLowest + (logHighest - logLowest) * i / GRID;
            values[i] = profile(family, excess, grid[i]);
            if (values[i] > values[best]) {
                best = i;
            }
        }
        if (values[best] == Double.NEGATIVE_INFINITY) {
            throw new FitFailure(family.specName() + " fits at no shift between 0 and " + bound + " s");
        }
        double logGap = grid[best];
        double lo = grid[Math.max(0, best - 1)];
        double hi = grid[Math.min(GRID, best + 1)];
        UnivariatePointValuePair refined = new BrentOptimizer(1e-10, 1e-14).optimize(new MaxEval(200),
                new UnivariateObjectiveFunction(u -> profile(family, excess, u)), GoalType.MAXIMIZE,
                new SearchInterval(lo, hi, logGap));
        if (refined.getValue() > values[best]) {
            logGap = refined.getPoint();
        }
        double gap = Math.min(min, Math.max(min - bound, Math.exp(logGap)));
        double shift = min - gap;
        return new ShiftedLaw(shift, Laws.fit(family, plus(excess, gap)));
    }

    /** ln L at the shift whose gap below the minimum is e^logGap; −∞ where the family fails. */
    private static double profile(Family family, double[] excess, double logGap) {
        double[] x = plus(excess, Math.exp(logGap));
        try {
            return Laws.fit(family, x).logLikelihood(x);
        } catch (FitFailure e) {
            return Double.NEGATIVE_INFINITY;
        }
    }

    /** x − γ as (x − min) + gap, so the smallest becomes exactly the gap. */
    private static double[] plus(double[] excess, double gap) {
        double[] x = new double[excess.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = excess[i] + gap;
        }
        return x;
    }
}
