/**
 * Readers of traces fleetcast did not write — WASMBED's metrics collector JSON,
 * {@code kubectl get pods -o json}, {@code kubectl get events -o json} and CSVs of samples — and
 * {@link dev.fleetcast.formats.foreign.ObservationReader}, which recognises any trace file by its
 * content (fleetcast's own included) and turns it into model's {@code ObservedQuantities}: what
 * {@code fleetcast calibrate} fits. docs/traces.md lists each format's required and optional
 * fields and which quantity each measurement becomes.
 *
 * <p>Every reader reports problems as {@code InvalidFileException}s that name the file, the line
 * and column or field, what was found and what is allowed; a file of another shape (an older
 * collector, a different dump) is recognised and said so in one message rather than failing on
 * a missing key. Fields these readers do not use are ignored: the formats are not ours.
 *
 * <p>What must not live here: fitting (calibration/), or measuring a fleetcast trace or pods
 * (model's {@code observed}, shared with live runs).
 */
package dev.fleetcast.formats.foreign;
