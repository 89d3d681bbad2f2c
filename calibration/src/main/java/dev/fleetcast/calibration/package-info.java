/**
 * Calibration: from observed samples of named quantities (read by formats/ from traces,
 * collector JSON, kubectl dumps and CSV) to the distributions the simulator draws from —
 * distribution fitting with goodness of fit ({@code fit}), and {@link dev.fleetcast.calibration.Calibrator},
 * which pools what several files observed and fits each quantity.
 *
 * <p>What must not: simulation, clusters or drawing. Commons Math types stay inside this
 * module; fitted results leave as model's records.
 */
package dev.fleetcast.calibration;
