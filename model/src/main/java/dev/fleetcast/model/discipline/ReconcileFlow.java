package dev.fleetcast.model.discipline;

import dev.fleetcast.model.assignment.AssignmentPolicy.Assigner;
import dev.fleetcast.model.assignment.Decision;
import dev.fleetcast.model.assignment.DeviceRef;
import dev.fleetcast.model.assignment.FleetView;
import dev.fleetcast.model.assignment.GatewayView;
import dev.fleetcast.model.fleet.GatewayPhase;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The shape every discipline shares — read; stop if the device already has a Running
 * gateway; decide from what the discipline counts; commit; on a conflict read again, up to
 * a number of attempts — with the three steps in which disciplines differ passed in.
 *
 * @param discipline the discipline's name, for decision records
 * @param policy the policy's name, for decision records
 * @param assigner the run's assigner
 * @param counted what the discipline counts: the fleet a decision sees, given what was read
 * @param onDecided called with (device, gateway) the moment a gateway is chosen, before any
 *     write (a ledger counts here)
 * @param commit writes the choice; completes with {@link WriteResult.Conflict} to retry
 * @param maxAttempts how many decisions a reconcile may make before giving up, at least 1
 */
record ReconcileFlow(
        String discipline,
        String policy,
        Assigner assigner,
        Function<StoreView, FleetView> counted,
        Decided onDecided,
        Commit commit,
        int maxAttempts) {

    /** Writes a decision. */
    @FunctionalInterface
    interface Commit {
        void commit(String device, String gateway, StoreView read, StatusStore store, Consumer<WriteResult> then);
    }

    /** Observes a decision at the moment it is made. */
    @FunctionalInterface
    interface Decided {
        void decided(String device, String gateway);

        Decided NOTHING = (device, gateway) -> { };
    }

    ReconcileFlow {
        Objects.requireNonNull(discipline, "discipline");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(assigner, "assigner");
        Objects.requireNonNull(counted, "counted");
        Objects.requireNonNull(onDecided, "onDecided");
        Objects.requireNonNull(commit, "commit");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
    }

    void run(DeviceRef device, Intent intent, StatusStore store, Consumer<ReconcileOutcome> done) {
        Objects.requireNonNull(intent, "intent");
        attempt(device, intent, store, 1, done);
    }

    private void attempt(DeviceRef device, Intent intent, StatusStore store, int attempt,
            Consumer<ReconcileOutcome> done) {
        store.read(device.name(), view -> {
            var current = view.runningGatewayOfDevice();
            if (current.isPresent() && intent instanceof Intent.Place) {
                done.accept(new ReconcileOutcome.AlreadyAssigned(current.get()));
                return;
            }
            if (current.isPresent() && intent instanceof Intent.Leave leave && !current.get().equals(leave.gateway())) {
                done.accept(new ReconcileOutcome.AlreadyAssigned(current.get()));
                return;
            }
            if (intent instanceof Intent.Rebalance rebalance && !view.deviceGateway().equals(rebalance.gateway())) {
                // The plan was made from an older view: the device has moved since. Leave it.
                done.accept(new ReconcileOutcome.AlreadyAssigned(view.deviceGateway()));
                return;
            }
            FleetView seen = counted.apply(view);
            if (intent instanceof Intent.Leave leave) {
                seen = withoutGateway(seen, leave.gateway());
            } else if (intent instanceof Intent.Rebalance rebalance) {
                seen = withoutOwnPlace(seen, rebalance.gateway());
            }
            Decision decision = assigner.decide(device, seen);
            DecisionRecord record = new DecisionRecord(device.name(), decision, policy, discipline, seen, attempt);
            if (!(decision instanceof Decision.Assigned assigned)) {
                done.accept(new ReconcileOutcome.Unassigned(record));
                return;
            }
            if (intent instanceof Intent.Rebalance rebalance && assigned.gateway().equals(rebalance.gateway())) {
                done.accept(new ReconcileOutcome.AlreadyAssigned(rebalance.gateway()));
                return;
            }
            onDecided.decided(device.name(), assigned.gateway());
            commit.commit(device.name(), assigned.gateway(), view, store, result -> {
                if (result instanceof WriteResult.Written) {
                    done.accept(new ReconcileOutcome.Assigned(record, attempt - 1));
                } else if (attempt < maxAttempts) {
                    attempt(device, intent, store, attempt + 1, done);
                } else {
                    done.accept(new ReconcileOutcome.GaveUp(record, attempt));
                }
            });
        });
    }

    /** The view with one device fewer on {@code gateway}: the rebalanced device's own place. */
    private static FleetView withoutOwnPlace(FleetView view, String gateway) {
        return view.map(g -> g.name().equals(gateway) && g.believedDevices() > 0
                ? g.withBelievedDevices(g.believedDevices() - 1) : g);
    }

    /** The view with {@code leaving} marked Failed, so that no policy picks it. */
    private static FleetView withoutGateway(FleetView view, String leaving) {
        return view.map(g -> g.name().equals(leaving)
                ? new GatewayView(g.name(), GatewayPhase.FAILED, g.believedDevices(), g.maxDevices(), g.weight(), g.region())
                : g);
    }
}
