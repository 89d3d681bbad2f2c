package dev.fleetcast.calibration.fit;

import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.distribution.NormalDuration;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.special.Erf;

/**
 * Normal with location μ and standard deviation σ seconds, truncated at zero — the law model's
 * {@code NormalDuration} draws (negative draws are redrawn), so the likelihood is of that law:
 * f(x) = φ((x − μ)/σ) / (σ (1 − Φ(−μ/σ))) for x ≥ 0.
 *
 * <p>The MLE starts from the closed form of the untruncated normal (μ = x̄, σ² the mean
 * squared deviation). When that normal puts less than {@value #NEGLIGIBLE_MASS} of its mass
 * below zero the truncation changes the likelihood by less than n × 10⁻⁹ and the closed form
 * stands. Otherwise the truncated likelihood is maximised numerically (Nelder–Mead over
 * ln μ and ln σ, which keeps both positive as {@code NormalDuration} requires).
 */
record NormalLaw(double location, double sd) implements Law {

    static final double NEGLIGIBLE_MASS = 1e-9;
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double SQRT2 = Math.sqrt(2);

    static NormalLaw fit(double[] x) {
        double mean = Samples.mean(x);
        double squares = 0;
        for (double v : x) {
            squares += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / x.length);
        if (!(mean > 0) || !(sd > 0)) {
            throw new FitFailure("normal needs samples that differ, with a mean above 0");
        }
        NormalLaw closed = new NormalLaw(mean, sd);
        if (closed.massBelowZero() < NEGLIGIBLE_MASS) {
            return closed;
        }
        SimplexOptimizer optimizer = new SimplexOptimizer(1e-12, 1e-12);
        PointValuePair best;
        try {
            best = optimizer.optimize(new MaxEval(5_000),
                    new ObjectiveFunction(p -> new NormalLaw(location(p[0]), Math.exp(p[1])).logLikelihood(x)),
                    GoalType.MAXIMIZE, new InitialGuess(new double[] {Math.log(mean), Math.log(sd)}),
                    new NelderMeadSimplex(new double[] {0.1, 0.1}));
        } catch (TooManyEvaluationsException e) {
            throw new FitFailure("truncated normal did not converge in 5000 evaluations");
        }
        return new NormalLaw(location(best.getPoint()[0]), Math.exp(best.getPoint()[1]));
    }

    /**
     * e^p, but at least 1 ns: for data shaped like an exponential the truncated likelihood
     * keeps rising as μ falls towards and below 0, and model's normal needs μ > 0, so the MLE
     * is taken on μ ≥ 1 ns, where the likelihood is flat below the bound and the simplex stops.
     */
    private static double location(double p) {
        return Math.max(Math.exp(p), 1 / Samples.NANOS_PER_SECOND);
    }

    static NormalLaw of(NormalDuration d) {
        return new NormalLaw(d.locationNanos() / Samples.NANOS_PER_SECOND, d.sdNanos() / Samples.NANOS_PER_SECOND);
    }

    /** Φ(−μ/σ): what the untruncated normal puts below zero. */
    double massBelowZero() {
        return 0.5 * Erf.erfc(location / (sd * SQRT2));
    }

    /** 1 − Φ(−μ/σ), via erfc so that it keeps its precision. */
    private double kept() {
        return 0.5 * Erf.erfc(-location / (sd * SQRT2));
    }

    @Override
    public Family family() {
        return Family.NORMAL;
    }

    @Override
    public double logDensity(double x) {
        if (x < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double z = (x - location) / sd;
        return -0.5 * z * z - Math.log(sd) - LOG_SQRT_2PI - Math.log(kept());
    }

    @Override
    public double cdf(double x) {
        if (x <= 0) {
            return 0;
        }
        // (Φ(z) − Φ(−μ/σ)) / kept, with Φ(z) − Φ(a) = (erfc(−z/√2) − erfc(−a/√2)) / 2
        double below = 0.5 * Erf.erfc(-(x - location) / (sd * SQRT2)) - massBelowZero();
        return Math.min(1, Math.max(0, below / kept()));
    }

    @Override
    public double sf(double x) {
        return x <= 0 ? 1 : Math.min(1, 0.5 * Erf.erfc((x - location) / (sd * SQRT2)) / kept());
    }

    @Override
    public DurationDistribution distribution() {
        return new NormalDuration(Samples.positiveNanos("normal mean", location), Samples.positiveNanos("normal sd", sd));
    }
}
