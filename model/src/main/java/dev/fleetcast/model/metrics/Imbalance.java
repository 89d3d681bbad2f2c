package dev.fleetcast.model.metrics;

import java.util.Collection;

/**
 * How unevenly devices are spread over gateways.
 *
 * @param maxOverMean the largest count divided by the mean count (1 is perfect balance)
 * @param coefficientOfVariation population standard deviation divided by the mean
 * @param populationVariance the population variance of devices per gateway — the figure
 *     WASMBED's test script graded "EXCELLENT" below 10
 * @param maxMinusMin the spread between the fullest and emptiest gateway
 */
public record Imbalance(double maxOverMean, double coefficientOfVariation, double populationVariance, int maxMinusMin) {

    /**
     * The imbalance of {@code devicesPerGateway} (one count per gateway, zero included).
     * With no devices at all, every ratio is 0 (nothing is unbalanced).
     *
     * @throws IllegalArgumentException if there are no gateways or a count is negative
     */
    public static Imbalance of(Collection<Integer> devicesPerGateway) {
        if (devicesPerGateway.isEmpty()) {
            throw new IllegalArgumentException("imbalance needs at least one gateway, got none");
        }
        int n = devicesPerGateway.size();
        long sum = 0;
        int max = Integer.MIN_VALUE;
        int min = Integer.MAX_VALUE;
        for (int count : devicesPerGateway) {
            if (count < 0) {
                throw new IllegalArgumentException("device counts must be 0 or more, got " + count);
            }
            sum += count;
            max = Math.max(max, count);
            min = Math.min(min, count);
        }
        double mean = (double) sum / n;
        double squares = 0;
        for (int count : devicesPerGateway) {
            squares += (count - mean) * (count - mean);
        }
        double variance = squares / n;
        if (sum == 0) {
            return new Imbalance(0, 0, 0, 0);
        }
        return new Imbalance(max / mean, Math.sqrt(variance) / mean, variance, max - min);
    }
}
