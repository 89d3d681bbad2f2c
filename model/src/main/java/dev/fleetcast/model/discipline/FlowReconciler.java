package dev.fleetcast.model.discipline;

import dev.fleetcast.model.assignment.DeviceRef;
import java.util.function.Consumer;

/**
 * A discipline's per-run reconciler: its {@link ReconcileFlow}, and what it does when a
 * device leaves a gateway.
 */
final class FlowReconciler implements Discipline.Reconciler {

    /** What a discipline does when a device leaves a gateway. */
    @FunctionalInterface
    interface Release {
        void released(String device, String gateway, StatusStore store);

        /** For disciplines that count nothing of their own: counts come from the store on every read. */
        Release NOTHING = (device, gateway, store) -> { };
    }

    private final ReconcileFlow flow;
    private final Release release;

    FlowReconciler(ReconcileFlow flow, Release release) {
        this.flow = flow;
        this.release = release;
    }

    @Override
    public void reconcile(DeviceRef device, Intent intent, StatusStore store, Consumer<ReconcileOutcome> done) {
        flow.run(device, intent, store, done);
    }

    @Override
    public void released(String device, String gateway, StatusStore store) {
        release.released(device, gateway, store);
    }
}
