package dev.fleetcast.model.discipline;

import dev.fleetcast.model.assignment.AssignmentPolicy;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * WASMBED's discipline: decide from the counts that were read, write the status with a merge
 * patch that carries no resourceVersion — the last writer wins, and nothing ever conflicts.
 */
public record Blind() implements Discipline {

    @Override
    public String name() {
        return "blind";
    }

    @Override
    public Reconciler startRun(AssignmentPolicy policy, UniformRandomProvider random) {
        ReconcileFlow flow = new ReconcileFlow(name(), policy.name(), policy.startRun(random), StoreView::fleet,
                ReconcileFlow.Decided.NOTHING,
                (device, gateway, read, store, then) ->
                        store.writeAssignment(device, gateway, StatusStore.ANY_VERSION, then),
                1);
        return new FlowReconciler(flow, FlowReconciler.Release.NOTHING);
    }
}
