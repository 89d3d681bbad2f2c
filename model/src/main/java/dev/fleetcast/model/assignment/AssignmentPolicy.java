package dev.fleetcast.model.assignment;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A rule that picks a gateway for a device. The policy itself is an immutable value; what
 * it must remember during a run (a cursor, a ring) lives in the {@link Assigner} it starts
 * for that run, so runs never share state.
 */
public interface AssignmentPolicy {

    /** A short stable name for files and reports, such as {@code round-robin}. */
    String name();

    /**
     * Starts a run: a fresh assigner with empty memory.
     *
     * @param random the run's source of chance for this policy (policies that need none
     *     ignore it); the assigner owns it from now on
     */
    Assigner startRun(UniformRandomProvider random);

    /** The per-run half of a policy: decides one device at a time from a view. */
    interface Assigner {

        /**
         * Decides where {@code device} goes, given what the controller sees now.
         *
         * @param device the device to place
         * @param view the fleet as the deciding controller sees it, possibly stale
         */
        Decision decide(DeviceRef device, FleetView view);
    }
}
