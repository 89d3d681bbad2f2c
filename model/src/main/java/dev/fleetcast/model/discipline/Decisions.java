package dev.fleetcast.model.discipline;

import dev.fleetcast.model.assignment.Decision;
import dev.fleetcast.model.assignment.FleetView;
import dev.fleetcast.model.assignment.GatewayView;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds decision records from what a decision saw. */
final class Decisions {

    private Decisions() {
    }

    static DecisionRecord record(String device, Decision decision, String policy, String discipline, FleetView seen,
            int attempt) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (GatewayView gateway : seen.gateways()) {
            counts.put(gateway.name(), gateway.believedDevices());
        }
        return new DecisionRecord(device, decision, policy, discipline, counts, attempt);
    }
}
