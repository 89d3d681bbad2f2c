/**
 * The simulator: the event kernel ({@code kernel}), reproducible randomness
 * ({@code random}) and the simulated world built on them.
 *
 * <p>What lives here: everything that advances virtual time. The simulated world adapts its
 * state into model's views, applies model's decisions and emits per-device timelines.
 * What must not: decisions (they live in model/), file formats (formats/), clocks, threads
 * inside a replication, static mutable state, or anything from live/.
 */
package dev.fleetcast.sim;
