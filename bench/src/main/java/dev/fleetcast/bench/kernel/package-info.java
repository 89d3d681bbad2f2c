/**
 * The classic hold model on three event queues — fleetcast's kernel, a
 * {@code java.util.PriorityQueue}, and DSOL's simulator — each behind {@link
 * dev.fleetcast.bench.kernel.HoldModel}, measured by {@link dev.fleetcast.bench.kernel.HoldBenchmark}.
 */
package dev.fleetcast.bench.kernel;
