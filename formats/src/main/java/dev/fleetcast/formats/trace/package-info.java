/**
 * The fleetcast trace (JSON, kind {@code fleetcast-trace}, schemaVersion 1; docs/traces.md):
 * what a live run records and calibration reads — model's {@code Trace}. {@link
 * dev.fleetcast.formats.trace.TraceJson} writes it, {@link dev.fleetcast.formats.trace.TraceReader}
 * reads it back to an equal {@code Trace}, reporting every problem with line, field path, what
 * was found and what is allowed.
 *
 * <p>What must not live here: measuring quantities from a trace (model's {@code observed}), or
 * recording one (live/).
 */
package dev.fleetcast.formats.trace;
