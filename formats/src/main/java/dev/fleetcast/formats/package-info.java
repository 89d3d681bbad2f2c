/**
 * Every file format fleetcast reads or writes, as codecs of model's records (Jackson 3, JSON
 * and YAML).
 *
 * <p>What lives here: reading and writing results, scenarios, calibration files, traces and
 * manifests; the one parser for durations, quantities and distribution specs; validation
 * that names the file, position, field path, what was found and what is allowed. Every
 * format carries a {@code schemaVersion} and is documented in docs/formats.md.
 *
 * <p>What must not: decisions, simulation, clusters or drawing. A codec turns bytes into
 * model values and back, nothing more.
 */
package dev.fleetcast.formats;
