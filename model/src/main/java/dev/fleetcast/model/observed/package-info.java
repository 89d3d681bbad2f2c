/**
 * Observations ready to fit: samples of named quantities (durations in nanoseconds) measured
 * from one source file, with the file's name and SHA-256 for provenance, the final devices per
 * gateway where the source shows it, scaling events, and notes for people about what was
 * skipped and why. Every trace reader's output has this one shape, so
 * {@code fleetcast calibrate} fits quantities without knowing where they came from.
 *
 * <p>Quantity names are those of the calibration file where the source measures the same thing
 * ({@link dev.fleetcast.model.observed.QuantityNames}); how a fleetcast trace becomes quantities
 * is {@link dev.fleetcast.model.observed.TraceQuantities}, how pods do is
 * {@link dev.fleetcast.model.observed.PodQuantities} — defined once, here, because measuring is
 * computation on values.
 *
 * <p>What must not live here: reading files, recognising formats (formats/), or fitting
 * (calibration/).
 */
package dev.fleetcast.model.observed;
