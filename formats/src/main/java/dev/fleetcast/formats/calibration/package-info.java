/**
 * Calibration files: named quantities (pod start-up, API latencies, …) as distributions,
 * which fill what a scenario leaves out. {@code CalibrationReader} reads what a scenario needs
 * (the distributions); {@code CalibrationDetailsReader} reads everything calibration/ writes
 * beside them (fit statistics, samples) for reports; {@code CalibrationWriter} writes them.
 * Documented in docs/formats.md.
 *
 * <p>What must not live here: fitting or any statistics (calibration/), or the decision of
 * which value wins (the scenario reader applies "inline beats calibrated beats default").
 */
package dev.fleetcast.formats.calibration;
