package dev.fleetcast.model.observed;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Devices per gateway at the end of an observed run, such as WASMBED's 27/24/9 for 60 devices
 * on 3 gateways: what inverse calibration makes simulations reproduce.
 *
 * @param scenario the run's scenario name, or empty
 * @param devices devices the run created (0 or more); the counts may sum to fewer, when some were
 *     never assigned
 * @param gateways gateways the run had, at least as many as {@code devicesPerGateway} names —
 *     a source may leave out gateways that took no device
 * @param devicesPerGateway gateway → devices (0 or more), in the source's order
 */
public record GatewaySplit(String scenario, int devices, int gateways, Map<String, Integer> devicesPerGateway) {

    public GatewaySplit {
        Objects.requireNonNull(scenario, "scenario");
        devicesPerGateway = Collections.unmodifiableMap(new LinkedHashMap<>(devicesPerGateway));
        if (devices < 0) {
            throw new IllegalArgumentException("gateway split: devices must be 0 or more, was " + devices);
        }
        if (gateways < devicesPerGateway.size()) {
            throw new IllegalArgumentException("gateway split: " + gateways + " gateways, but counts for "
                    + devicesPerGateway.size() + ": " + devicesPerGateway);
        }
        devicesPerGateway.forEach((gateway, count) -> {
            if (count == null || count < 0) {
                throw new IllegalArgumentException("gateway split: " + gateway + " must have 0 or more devices, had "
                        + count);
            }
        });
    }

    /** The counts largest first, with a 0 for each gateway the source left out: {@code [27, 24, 9]}. */
    public int[] sortedCounts() {
        int[] counts = new int[gateways];
        int i = 0;
        for (int count : devicesPerGateway.values()) {
            counts[i++] = count;
        }
        Arrays.sort(counts);
        for (int left = 0, right = counts.length - 1; left < right; left++, right--) {
            int swap = counts[left];
            counts[left] = counts[right];
            counts[right] = swap;
        }
        return counts;
    }

    /** As people write it: {@code "27/24/9"}. */
    public String shorthand() {
        return Arrays.stream(sortedCounts()).mapToObj(Integer::toString).collect(Collectors.joining("/"));
    }
}
