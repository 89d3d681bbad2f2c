/**
 * The scheduling port: "now", and "run this later, cancellably".
 *
 * <p>Decision code that needs time asks a {@link dev.fleetcast.model.time.Scheduler}; the
 * simulator implements it with virtual time, the live controller with a real clock. Times
 * are {@code long} nanoseconds on the implementation's own time line.
 */
package dev.fleetcast.model.time;
