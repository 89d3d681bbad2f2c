package dev.fleetcast.model.discipline;

import dev.fleetcast.model.assignment.AssignmentPolicy;
import dev.fleetcast.model.assignment.DeviceRef;
import java.util.function.Consumer;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * An assignment discipline: what a reconcile reads, what it counts, how it writes and when
 * it retries. An immutable value; its per-run memory (a ledger) lives in the
 * {@link Reconciler} it starts for a run.
 */
public interface Discipline {

    /** A short stable name for files and reports, such as {@code ledger}. */
    String name();

    /**
     * Starts a run: a fresh reconciler deciding with {@code policy}.
     *
     * @param random the policy's source of chance for this run
     */
    Reconciler startRun(AssignmentPolicy policy, UniformRandomProvider random);

    /**
     * The per-run half of a discipline. Reconciles of different devices may overlap in time
     * (concurrent workers); the caller never runs two reconciles of one device at once.
     * Calls are made on one thread (sim) or must be serialised by the caller (live).
     */
    interface Reconciler {

        /**
         * Reconciles {@code device}: reads, decides, writes; calls {@code done} exactly once.
         *
         * @param intent placement, failover off a gateway, or rebalancing
         */
        void reconcile(DeviceRef device, Intent intent, StatusStore store, Consumer<ReconcileOutcome> done);

        /**
         * Tells the discipline that {@code device} left {@code gateway} (failover, deletion,
         * rebalancing), so that disciplines that count can stop counting it there. Called by
         * the controller once the device's new assignment is written.
         */
        void released(String device, String gateway, StatusStore store);
    }
}
