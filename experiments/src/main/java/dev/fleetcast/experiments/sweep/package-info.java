/**
 * Sweeps: every cell of a scenario's matrix × its replications, on all cores, each run's
 * result written as soon as it finishes so that a rerun of an interrupted sweep skips what is
 * done; per cell a summary, and one CSV row per cell.
 *
 * <p>What must not live here: reading the matrix (formats/), the simulation (sim/).
 */
package dev.fleetcast.experiments.sweep;
