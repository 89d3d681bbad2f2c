/**
 * Experiments: the replication runner (a scenario times N replications, seeds by a pure
 * function, run in parallel, merged deterministically), studies, and later sweeps,
 * statistics, planning and predicted-versus-observed.
 *
 * <p>What must not: decisions (model/), file formats (formats/), clusters (live/) or
 * drawing (reports/).
 */
package dev.fleetcast.experiments;
