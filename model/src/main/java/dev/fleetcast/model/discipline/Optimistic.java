package dev.fleetcast.model.discipline;

import dev.fleetcast.model.assignment.AssignmentPolicy;
import dev.fleetcast.model.assignment.FleetView;
import java.util.function.Consumer;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Optimistic concurrency on a per-gateway counter: decide from the counters that were read,
 * claim a place by a compare-and-set of the chosen gateway's counter (value + 1 at the
 * version read), and only then write the device's assignment. A conflict means another
 * reconcile claimed first: read again and decide again, up to {@code maxAttempts} times.
 * Safe across controller replicas, at the price of conflicts under bursts.
 *
 * @param maxAttempts decisions per reconcile before giving up, at least 1
 */
public record Optimistic(int maxAttempts) implements Discipline {

    public Optimistic {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("optimistic: maxAttempts must be at least 1, was " + maxAttempts);
        }
    }

    @Override
    public String name() {
        return "optimistic";
    }

    @Override
    public Reconciler startRun(AssignmentPolicy policy, UniformRandomProvider random) {
        ReconcileFlow flow = new ReconcileFlow(name(), policy.name(), policy.startRun(random),
                Optimistic::counted, ReconcileFlow.Decided.NOTHING, Optimistic::claimThenAssign, maxAttempts);
        return new FlowReconciler(flow, (device, gateway, store) -> decrement(device, gateway, store, maxAttempts));
    }

    private static void claimThenAssign(String device, String gateway, StoreView read, StatusStore store,
            Consumer<WriteResult> then) {
        StoreView.Counter counter = read.counters().get(gateway);
        if (counter == null) {
            throw new IllegalStateException("optimistic discipline: gateway " + gateway
                    + " has no device counter in the store");
        }
        store.writeCounter(gateway, counter.value() + 1, counter.version(), claimed -> {
            if (claimed instanceof WriteResult.Written) {
                store.writeAssignment(device, gateway, StatusStore.ANY_VERSION, then);
            } else {
                then.accept(claimed);
            }
        });
    }

    /** Gives a place back: counter - 1 by compare-and-set, retried on conflict. */
    private static void decrement(String device, String gateway, StatusStore store, int attemptsLeft) {
        store.read(device, view -> {
            StoreView.Counter counter = view.counters().get(gateway);
            if (counter == null || counter.value() == 0 || attemptsLeft == 0) {
                return;
            }
            store.writeCounter(gateway, counter.value() - 1, counter.version(), result -> {
                if (result instanceof WriteResult.Conflict) {
                    decrement(device, gateway, store, attemptsLeft - 1);
                }
            });
        });
    }

    /** The fleet as read, with each gateway's count replaced by its counter where it has one. */
    private static FleetView counted(StoreView read) {
        return read.fleet().map(gateway -> {
            StoreView.Counter counter = read.counters().get(gateway.name());
            return counter == null || counter.value() == gateway.believedDevices() ? gateway
                    : gateway.withBelievedDevices(counter.value());
        });
    }
}
