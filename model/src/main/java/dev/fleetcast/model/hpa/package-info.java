/**
 * The HorizontalPodAutoscaler (autoscaling/v2) decision, computed as the Kubernetes 1.35
 * controller computes it: pod grouping, the Utilization, AverageValue and Value paths of the
 * five metric types, tolerance, filling in missing and unready pods, combining metrics,
 * stabilization with and without a behavior, rate-limit policies over the scale-event
 * history, min/max clamps and the conditions the HPA reports.
 *
 * <p>What lives here: the spec ({@link dev.fleetcast.model.hpa.HpaSpec} and its parts), the
 * controller's flags ({@link dev.fleetcast.model.hpa.HpaSettings}), what one reconcile sees
 * ({@link dev.fleetcast.model.hpa.HpaSnapshot}, including the controller's remembered
 * {@link dev.fleetcast.model.hpa.HpaHistory}), the decision function
 * {@link dev.fleetcast.model.hpa.HpaController#reconcile} and its result
 * {@link dev.fleetcast.model.hpa.HpaDecision}, which explains every step and carries the
 * updated history so consecutive reconciles chain.
 *
 * <p>Units, once for the whole package: quantities are Kubernetes milli-units in a
 * {@code long} (250m CPU is 250, 1 CPU is 1000, 1Mi of memory is 1048576000), as the
 * controller's {@code MilliValue()} gives them. Times are {@code long} nanoseconds
 * <em>relative to the reconcile</em>: the reconcile happens at 0, the past is negative.
 * Replica counts are {@code int}, as the controller's {@code int32}.
 *
 * <p>What must not live here: parsing manifests or snapshots (formats/), running the
 * controller every sync period (sim/, live/), clocks or I/O. The calculation is a pure
 * function: the same spec, snapshot and settings always give the same decision.
 */
package dev.fleetcast.model.hpa;
