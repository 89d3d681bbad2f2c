package dev.fleetcast.model.discipline;

import dev.fleetcast.model.assignment.Decision;
import dev.fleetcast.model.assignment.FleetView;
import dev.fleetcast.model.assignment.GatewayView;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Why a device went where it went: the decision, the policy and discipline that made it, and
 * the view the deciding controller saw.
 *
 * @param device the device
 * @param decision the gateway chosen, or none with the reason
 * @param policy the assignment policy's name
 * @param discipline the discipline's name
 * @param seen the fleet as the decision saw it (an immutable view, kept by reference so that
 *     a decision costs nothing extra when no one reads its record)
 * @param attempt 1 for a first decision, more after conflicts
 */
public record DecisionRecord(
        String device, Decision decision, String policy, String discipline, FleetView seen, int attempt) {

    public DecisionRecord {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(discipline, "discipline");
        Objects.requireNonNull(seen, "seen");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1, was " + attempt);
        }
    }

    /** Devices per gateway as the decision saw them, in view order. */
    public Map<String, Integer> countsSeen() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (GatewayView gateway : seen.gateways()) {
            counts.put(gateway.name(), gateway.believedDevices());
        }
        return Collections.unmodifiableMap(counts);
    }
}
