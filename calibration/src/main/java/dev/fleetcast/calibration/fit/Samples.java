package dev.fleetcast.calibration.fit;

/** Small sums over samples that several estimators share, and the seconds/nanoseconds rounding. */
final class Samples {

    static final double NANOS_PER_SECOND = 1e9;

    private Samples() {
    }

    static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    /**
     * The mean of ln x.
     *
     * @throws FitFailure naming {@code family} if a sample is 0, where its density vanishes or
     *     diverges and the likelihood has no maximum
     */
    static double meanLog(double[] x, String family) {
        double sum = 0;
        for (double v : x) {
            if (!(v > 0)) {
                throw new FitFailure(family + " needs every sample above 0 (found " + v
                        + " s); a duration recorded as 0 is below the clock's resolution");
            }
            sum += Math.log(v);
        }
        return sum / x.length;
    }

    /**
     * {@code seconds} as whole nanoseconds, at least 1.
     *
     * @throws FitFailure if the value is not finite or rounds to 0 ns
     */
    static long positiveNanos(String what, double seconds) {
        double nanos = Math.rint(seconds * NANOS_PER_SECOND);
        if (!(nanos >= 1) || nanos > Long.MAX_VALUE / 2.0) {
            throw new FitFailure(what + " of " + seconds + " s is not a whole number of nanoseconds above 0");
        }
        return (long) nanos;
    }
}
