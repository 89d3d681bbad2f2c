package dev.fleetcast.model.discipline;

import dev.fleetcast.model.assignment.AssignmentPolicy;
import dev.fleetcast.model.assignment.FleetView;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The controller counts its own decisions the moment it makes them: an in-controller ledger
 * of devices per gateway, seeded from the store the first time a gateway is seen, then
 * changed only by this controller's decisions and releases. Concurrent reconciles see each
 * other's decisions at once, so the enrollment race cannot happen — provided one controller
 * instance does all assigning (the ledger is not shared between replicas of a controller).
 * Writes carry no resourceVersion.
 */
public record Ledger() implements Discipline {

    @Override
    public String name() {
        return "ledger";
    }

    @Override
    public Reconciler startRun(AssignmentPolicy policy, UniformRandomProvider random) {
        Map<String, Integer> ledger = new HashMap<>();
        ReconcileFlow flow = new ReconcileFlow(name(), policy.name(), policy.startRun(random),
                read -> counted(ledger, read.fleet()),
                (device, gateway) -> ledger.merge(gateway, 1, Integer::sum),
                (device, gateway, read, store, then) ->
                        store.writeAssignment(device, gateway, StatusStore.ANY_VERSION, then),
                1);
        return new FlowReconciler(flow,
                (device, gateway, store) -> ledger.computeIfPresent(gateway, (name, count) -> Math.max(0, count - 1)));
    }

    /** The fleet as read, with each gateway's count replaced by the ledger's. */
    private static FleetView counted(Map<String, Integer> ledger, FleetView read) {
        return read.map(gateway -> {
            int count = ledger.computeIfAbsent(gateway.name(), name -> gateway.believedDevices());
            return count == gateway.believedDevices() ? gateway : gateway.withBelievedDevices(count);
        });
    }
}
