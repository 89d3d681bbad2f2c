/**
 * A trace: what one run of the platform was observed to do, as values — the per-device
 * timelines ({@link dev.fleetcast.model.timeline.DeviceEvent}), the decisions with the counts
 * they were made from, devices per gateway over time, pod start-ups and phases, scaling events
 * and API latencies. live/ records one, formats/ reads and writes it (kind
 * {@code fleetcast-trace}, docs/traces.md), calibration and experiments read it.
 *
 * <p>Every time is nanoseconds from the trace's start (time 0), never a wall-clock instant:
 * the trace says when it started, as text, for people.
 *
 * <p>What must not live here: reading or writing files, or measuring anything from a trace
 * (that is {@code dev.fleetcast.model.observed}).
 */
package dev.fleetcast.model.trace;
