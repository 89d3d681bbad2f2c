/**
 * Summaries that a run computes of what it observed (latency histograms through
 * HdrHistogram), shared by the simulator's outcomes and the experiments that report them.
 *
 * <p>What must not live here: statistics across replications (experiments/).
 */
package dev.fleetcast.sim.stats;
