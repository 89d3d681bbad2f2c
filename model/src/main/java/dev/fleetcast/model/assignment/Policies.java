package dev.fleetcast.model.assignment;

import java.util.List;
import java.util.Optional;

/** The policy catalogue: policies by the stable names that files use. */
public final class Policies {

    private Policies() {
    }

    /** Every name the catalogue knows. */
    public static List<String> names() {
        return List.of("round-robin");
    }

    /**
     * The policy called {@code name}, or empty when there is none.
     *
     * @param respectMaxDevices whether the policy skips gateways at maxDevices (WASMBED ignores it)
     */
    public static Optional<AssignmentPolicy> byName(String name, boolean respectMaxDevices) {
        if (name.equals("round-robin")) {
            return Optional.of(new RoundRobin());
        }
        return Optional.empty();
    }
}
