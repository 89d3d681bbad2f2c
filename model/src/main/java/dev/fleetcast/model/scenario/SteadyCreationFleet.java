package dev.fleetcast.model.scenario;

import dev.fleetcast.model.assignment.AssignmentPolicy;
import dev.fleetcast.model.distribution.DurationDistribution;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The smallest genuine fleet study: devices created one by one at a steady interval, each
 * assigned by a policy at creation and enrolled once its pod has started.
 *
 * @param devices how many devices are created, at least 1
 * @param gateways the gateways' names, at least one, unique; all Running throughout
 * @param creationIntervalNanos time between two creations, at least 1 ns; device {@code i}
 *     (from 0) is created at {@code i * creationIntervalNanos}
 * @param podStartup the time from a device's creation to its pod being ready and enrolled
 * @param policy the assignment policy
 */
public record SteadyCreationFleet(
        int devices,
        List<String> gateways,
        long creationIntervalNanos,
        DurationDistribution podStartup,
        AssignmentPolicy policy) {

    public SteadyCreationFleet {
        if (devices < 1) {
            throw new IllegalArgumentException("devices must be at least 1, was " + devices);
        }
        gateways = List.copyOf(gateways);
        if (gateways.isEmpty()) {
            throw new IllegalArgumentException("gateways: at least one gateway is needed, was none");
        }
        if (new HashSet<>(gateways).size() != gateways.size()) {
            throw new IllegalArgumentException("gateways: names must be unique, were " + gateways);
        }
        if (creationIntervalNanos < 1) {
            throw new IllegalArgumentException("creationIntervalNanos must be at least 1, was " + creationIntervalNanos);
        }
        if (creationIntervalNanos > Long.MAX_VALUE / devices) {
            throw new IllegalArgumentException("creating " + devices + " devices every " + creationIntervalNanos
                    + " ns runs past the end of the time line");
        }
        Objects.requireNonNull(podStartup, "podStartup");
        Objects.requireNonNull(policy, "policy");
    }

    /** Gateway names {@code gateway-1} to {@code gateway-n}, as WASMBED names them. */
    public static List<String> numberedGateways(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("gateway count must be at least 1, was " + count);
        }
        return IntStream.rangeClosed(1, count).mapToObj(i -> "gateway-" + i).toList();
    }
}
