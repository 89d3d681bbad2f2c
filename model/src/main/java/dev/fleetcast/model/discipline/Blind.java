package dev.fleetcast.model.discipline;

import dev.fleetcast.model.assignment.AssignmentPolicy;
import dev.fleetcast.model.assignment.DeviceRef;
import java.util.function.Consumer;
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
        return new Reconciler() {
            @Override
            public void reconcile(DeviceRef device, Intent intent, StatusStore store,
                    Consumer<ReconcileOutcome> done) {
                flow.run(device, intent, store, done);
            }

            @Override
            public void released(String device, String gateway, StatusStore store) {
                // Counts come from the store on every read: nothing to forget.
            }
        };
    }
}
