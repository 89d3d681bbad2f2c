/**
 * Recording what a live run was observed to do, as model's {@code Trace}: {@link
 * dev.fleetcast.live.run.trace.TraceRecorder} turns observations of Devices, Gateways and Pods
 * (plain values, whatever watched them) into per-device timelines, gateway samples and pod
 * observations; {@link dev.fleetcast.live.run.trace.ClusterWatch} feeds it from fabric8
 * informers; {@link dev.fleetcast.live.run.trace.TraceFiles} writes the trace and run-info with
 * formats' writers.
 *
 * <p>What must not live here: deciding anything (the controller's), creating or deleting
 * objects (the run's), or reading the wall clock (time comes from a {@code RunClock}).
 */
package dev.fleetcast.live.run.trace;
