package dev.fleetcast.experiments.inverse;

import java.util.Arrays;
import java.util.List;

/**
 * What simulations at the accepted parameters say of one configuration: per rank (largest
 * gateway first) the 5th, 50th and 95th percentile of simulated devices, and whether the
 * observed split lies inside that 90% band at every rank.
 *
 * @param observed the split observed
 * @param lower 5th percentiles, largest rank first
 * @param median medians
 * @param upper 95th percentiles
 * @param simulations how many simulated splits the band summarises
 */
public record SplitBand(ObservedSplit observed, int[] lower, int[] median, int[] upper, int simulations) {

    /** Summarises {@code simulatedSorted} (each sorted largest first) against {@code observed}. */
    static SplitBand of(ObservedSplit observed, List<int[]> simulatedSorted) {
        int ranks = observed.gateways();
        int[] lower = new int[ranks];
        int[] median = new int[ranks];
        int[] upper = new int[ranks];
        for (int r = 0; r < ranks; r++) {
            int rank = r;
            int[] values = simulatedSorted.stream().mapToInt(s -> s[rank]).sorted().toArray();
            lower[r] = percentile(values, 0.05);
            median[r] = percentile(values, 0.50);
            upper[r] = percentile(values, 0.95);
        }
        return new SplitBand(observed, lower, median, upper, simulatedSorted.size());
    }

    /** Nearest-rank percentile of sorted {@code values}. */
    private static int percentile(int[] values, double p) {
        int index = (int) Math.ceil(p * values.length) - 1;
        return values[Math.max(0, Math.min(values.length - 1, index))];
    }

    /** Whether every rank of the observed split lies within [5th, 95th] percentile. */
    public boolean inside() {
        int[] observed = this.observed.sorted();
        for (int r = 0; r < observed.length; r++) {
            if (observed[r] < lower[r] || observed[r] > upper[r]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return observed + ": 90% band " + Arrays.toString(lower) + " .. " + Arrays.toString(upper) + ", median "
                + Arrays.toString(median) + (inside() ? " — inside" : " — OUTSIDE");
    }
}
