package dev.fleetcast.model.assignment;

import java.util.List;
import java.util.Optional;

/** The policy catalogue: policies by the stable names that files use. */
public final class Policies {

    private static final List<String> NAMES = List.of("first-available", "preferred-hash-mod-n", "round-robin",
            "least-connections", "weighted-least-connections", "power-of-two-choices",
            "bounded-load-consistent-hashing", "region-affinity");

    private Policies() {
    }

    /** Every name the catalogue knows. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * The policy called {@code name} with its default parameters, or empty when there is
     * none. {@code region-affinity} wraps least-connections.
     *
     * @param respectMaxDevices whether the policy skips gateways at maxDevices (WASMBED ignores it)
     */
    public static Optional<AssignmentPolicy> byName(String name, boolean respectMaxDevices) {
        CapacityRule rule = respectMaxDevices ? CapacityRule.RESPECT_MAX_DEVICES : CapacityRule.IGNORE_MAX_DEVICES;
        switch (name) {
            case "first-available":
                return Optional.of(new FirstAvailable(rule));
            case "preferred-hash-mod-n":
                return Optional.of(new PreferredHashModN(rule));
            case "round-robin":
                return Optional.of(new RoundRobin(rule));
            case "least-connections":
                return Optional.of(new LeastConnections(rule));
            case "weighted-least-connections":
                return Optional.of(new WeightedLeastConnections(rule));
            case "power-of-two-choices":
                return Optional.of(new PowerOfTwoChoices(rule));
            case "bounded-load-consistent-hashing":
                return Optional.of(new BoundedLoadConsistentHashing(rule));
            case "region-affinity":
                return Optional.of(new RegionAffinity(new LeastConnections(rule)));
            default:
                return Optional.empty();
        }
    }
}
