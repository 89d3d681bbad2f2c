package dev.fleetcast.calibration.fit;

import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.distribution.LogNormalDuration;
import org.apache.commons.math3.special.Erf;

/**
 * Log-normal: ln X ~ N(μ, σ²), μ the log of the median in seconds. The MLE is closed: μ the
 * mean of ln x and σ² the mean squared deviation (divided by n, not n − 1).
 */
record LogNormalLaw(double mu, double sigma) implements Law {

    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    static LogNormalLaw fit(double[] x) {
        double mu = Samples.meanLog(x, "lognormal");
        double squares = 0;
        for (double v : x) {
            double d = Math.log(v) - mu;
            squares += d * d;
        }
        double sigma = Math.sqrt(squares / x.length);
        if (!(sigma > 0)) {
            throw new FitFailure("lognormal needs samples that differ");
        }
        return new LogNormalLaw(mu, sigma);
    }

    static LogNormalLaw of(LogNormalDuration d) {
        return new LogNormalLaw(Math.log(d.medianNanos() / Samples.NANOS_PER_SECOND), d.sigma());
    }

    @Override
    public Family family() {
        return Family.LOGNORMAL;
    }

    @Override
    public double logDensity(double x) {
        if (!(x > 0)) {
            return Double.NEGATIVE_INFINITY;
        }
        double logX = Math.log(x);
        double z = (logX - mu) / sigma;
        return -logX - Math.log(sigma) - LOG_SQRT_2PI - 0.5 * z * z;
    }

    @Override
    public double cdf(double x) {
        return x <= 0 ? 0 : 0.5 * Erf.erfc(-(Math.log(x) - mu) / (sigma * Math.sqrt(2)));
    }

    @Override
    public double sf(double x) {
        return x <= 0 ? 1 : 0.5 * Erf.erfc((Math.log(x) - mu) / (sigma * Math.sqrt(2)));
    }

    @Override
    public DurationDistribution distribution() {
        return new LogNormalDuration(Samples.positiveNanos("lognormal median", Math.exp(mu)), sigma);
    }
}
