package dev.fleetcast.model.discipline;

import dev.fleetcast.model.assignment.AssignmentPolicy;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Decide from the counts that were read — the documented least-connections design — and
 * write the device's status with the resourceVersion that was read, retrying on a conflict.
 * The version protects the device from a concurrent writer of the same device, not the
 * gateway counts from concurrent decisions: two reconciles that read before either write
 * lands still make the same choice.
 *
 * @param maxAttempts decisions per reconcile before giving up, at least 1
 */
public record Naive(int maxAttempts) implements Discipline {

    public Naive {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("naive: maxAttempts must be at least 1, was " + maxAttempts);
        }
    }

    @Override
    public String name() {
        return "naive";
    }

    @Override
    public Reconciler startRun(AssignmentPolicy policy, UniformRandomProvider random) {
        ReconcileFlow flow = new ReconcileFlow(name(), policy.name(), policy.startRun(random), StoreView::fleet,
                ReconcileFlow.Decided.NOTHING,
                (device, gateway, read, store, then) ->
                        store.writeAssignment(device, gateway, read.deviceVersion(), then),
                maxAttempts);
        return new FlowReconciler(flow, FlowReconciler.Release.NOTHING);
    }
}
