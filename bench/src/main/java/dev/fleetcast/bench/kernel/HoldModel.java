package dev.fleetcast.bench.kernel;

/**
 * The classic hold model: a queue keeps {@code pending} events; a hold pops the earliest and
 * schedules one at its time plus an exponential increment (mean 1 ms). Every contender draws
 * its increments from the same seeded sampler, so all see the same workload.
 */
interface HoldModel {

    /** Fills the queue with {@code pending} events at exponential times from 0. */
    void fill(int pending, long seed);

    /** One hold; returns the popped event's time in milliseconds (for checking, not speed). */
    double hold();

    /** Releases what the contender holds beyond memory (DSOL's worker thread). */
    default void close() {
    }
}
