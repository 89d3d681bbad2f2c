package dev.fleetcast.calibration.fit;

/**
 * The two goodness-of-fit statistics, of a sorted sample against a fitted law. Their
 * p-values come from the parametric bootstrap ({@link ParametricBootstrap}), not from the
 * statistics' tables, because those assume the law was fixed before the data were seen.
 */
final class GoodnessOfFit {

    private GoodnessOfFit() {
    }

    /**
     * Kolmogorov–Smirnov: D = sup |F_n(x) − F(x)| = max over i of
     * max(i/n − F(x₍ᵢ₎), F(x₍ᵢ₎) − (i−1)/n), i from 1. The same statistic as Commons Math's
     * {@code KolmogorovSmirnovTest.kolmogorovSmirnovStatistic} (a test checks they agree); it is
     * computed here because that method wants a Commons Math distribution and ours are
     * shifted, truncated or rounded laws of our own.
     */
    static double kolmogorovSmirnov(double[] sorted, Law law) {
        int n = sorted.length;
        double d = 0;
        for (int i = 0; i < n; i++) {
            double f = law.cdf(sorted[i]);
            d = Math.max(d, Math.max((i + 1) / (double) n - f, f - i / (double) n));
        }
        return Math.min(1, d);
    }

    /**
     * Anderson–Darling: A² = −n − (1/n) Σᵢ (2i − 1) [ln F(x₍ᵢ₎) + ln(1 − F(x₍ₙ₊₁₋ᵢ₎))], i from
     * 1 to n; it weighs the tails more than KS does. 1 − F is the law's own survival function,
     * so a far upper tail keeps its digits. A probability of exactly 0 (a sample the law calls
     * impossible) is taken as the smallest double, giving a huge but finite statistic.
     */
    static double andersonDarling(double[] sorted, Law law) {
        int n = sorted.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double lower = Math.log(Math.max(law.cdf(sorted[i]), Double.MIN_VALUE));
            double upper = Math.log(Math.max(law.sf(sorted[n - 1 - i]), Double.MIN_VALUE));
            sum += (2 * i + 1) * (lower + upper);
        }
        return Math.max(0, -n - sum / n);
    }
}
