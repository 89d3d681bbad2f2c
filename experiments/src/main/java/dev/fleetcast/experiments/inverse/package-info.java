/**
 * Inverse calibration: quantities never observed directly (watch delay, reconcile
 * concurrency, how devices were created, how a reconcile reads) fitted so that simulated
 * outcomes match observed ones, by approximate Bayesian computation over the replication
 * runner. Reports the range of values consistent with the observations, whether any value
 * makes them plausible at all, and an out-of-sample check.
 *
 * <p>What must not live here: reading trace files (formats/), fitting distributions to
 * samples (calibration/).
 */
package dev.fleetcast.experiments.inverse;
