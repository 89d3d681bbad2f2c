package dev.fleetcast.experiments.inverse;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A final devices-per-gateway split observed on a cluster, e.g. 28/12 for 40 devices on 2
 * gateways. Only the sorted counts matter: gateway names are exchangeable.
 *
 * @param label where it comes from, for reports
 * @param counts devices per gateway, in any order; their sum is the fleet
 */
public record ObservedSplit(String label, List<Integer> counts) {

    public ObservedSplit {
        Objects.requireNonNull(label, "label");
        counts = List.copyOf(counts);
        if (counts.size() < 2 || counts.stream().anyMatch(c -> c < 0)) {
            throw new IllegalArgumentException("a split needs two or more gateways with 0 or more devices, was " + counts);
        }
    }

    /** The three splits reported for WASMBED's least-connections controller (a design note, not reproduced from code). */
    public static final List<ObservedSplit> WASMBED_LEAST_CONNECTIONS = List.of(
            new ObservedSplit("40 devices / 2 gateways", List.of(28, 12)),
            new ObservedSplit("60 devices / 3 gateways", List.of(27, 24, 9)),
            new ObservedSplit("100 devices / 5 gateways", List.of(24, 23, 20, 19, 14)));

    public int devices() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    public int gateways() {
        return counts.size();
    }

    /** The counts, largest first. */
    public int[] sorted() {
        return sortedDescending(counts.stream().mapToInt(Integer::intValue).toArray());
    }

    /** {@code counts} sorted largest first (a copy). */
    static int[] sortedDescending(int[] counts) {
        int[] sorted = counts.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length / 2; i++) {
            int swap = sorted[i];
            sorted[i] = sorted[sorted.length - 1 - i];
            sorted[sorted.length - 1 - i] = swap;
        }
        return sorted;
    }

    /** Mean absolute difference per device between {@code simulated} (sorted) and this split: 0 is a match. */
    public double distance(int[] simulatedSorted) {
        int[] observed = sorted();
        double sum = 0;
        for (int i = 0; i < observed.length; i++) {
            sum += Math.abs(observed[i] - simulatedSorted[i]);
        }
        return sum / devices();
    }

    @Override
    public String toString() {
        return label + " " + Arrays.toString(sorted());
    }
}
