/**
 * The event kernel: {@link dev.fleetcast.sim.kernel.Engine}, one per replication, over a
 * primitive-array radix heap (RadixEventQueue).
 *
 * <p>What lives here: virtual time ({@code long} nanoseconds), scheduling, cancellation and
 * the run loop — nothing about devices, gateways or Kubernetes. The engine implements
 * model's {@link dev.fleetcast.model.time.Scheduler} port so decision code sees only that.
 *
 * <p>What must not: domain knowledge, threads, clocks, static mutable state, or randomness
 * other than the seeded same-time shuffle of the test mode.
 */
package dev.fleetcast.sim.kernel;
