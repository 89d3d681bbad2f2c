/**
 * Assignment disciplines — what a reconcile reads, what it counts, how it writes and when it
 * retries — written once against the {@link dev.fleetcast.model.discipline.StatusStore}
 * port, so that the simulator and the live controller run them unchanged.
 *
 * <ul>
 *   <li>{@link dev.fleetcast.model.discipline.Blind}: counts as read, merge patch without a
 *       resourceVersion (WASMBED's).</li>
 *   <li>{@link dev.fleetcast.model.discipline.Naive}: counts as read, write with the device's
 *       resourceVersion, retry on conflict.</li>
 *   <li>{@link dev.fleetcast.model.discipline.Ledger}: counts its own decisions at once.</li>
 *   <li>{@link dev.fleetcast.model.discipline.Optimistic}: per-gateway counters by
 *       compare-and-set, retried on conflict.</li>
 * </ul>
 *
 * <p>What must not: I/O, clocks, threads. Time and latency belong to the store's
 * implementation.
 */
package dev.fleetcast.model.discipline;
