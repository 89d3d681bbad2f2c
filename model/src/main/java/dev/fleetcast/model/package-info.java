/**
 * The domain of fleetcast as validated values, and every decision made about it.
 *
 * <p>What lives here: the scenario and its parts as records whose constructors validate,
 * the views a deciding controller sees, and the decisions themselves (assignment policies,
 * failover, scaling). A decision is a function of its inputs: a view, the time when it
 * needs one (through {@link dev.fleetcast.model.time.Scheduler}), and, where it needs memory
 * or chance, a per-run state object or a {@code UniformRandomProvider} passed in. The same
 * code runs unchanged in the simulator (sim/) and in the live controller (live/).
 *
 * <p>What must not: I/O, parsing, clocks ({@code Instant.now()}, {@code System.nanoTime()}),
 * threads, fabric8 or simulation types. Randomness arrives only as commons-rng's
 * {@code UniformRandomProvider}; nothing here seeds a generator.
 */
package dev.fleetcast.model;
