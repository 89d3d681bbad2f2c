/**
 * Scalers other than the HorizontalPodAutoscaler, behind one interface: what a scaler sees
 * of a workload at one evaluation ({@link dev.fleetcast.model.scaling.WorkloadObservation}),
 * and what it decides ({@link dev.fleetcast.model.scaling.ScalingDecision}). A KEDA-style
 * scaler on an external metric, and a load-balancer-driven scaler with urgency levels. Each
 * is a {@link dev.fleetcast.model.scaling.Scaler} whose per-run
 * {@link dev.fleetcast.model.scaling.Autoscaler} keeps what it must remember between
 * evaluations, so the same code runs in the simulator and against a cluster.
 *
 * <p>What must not live here: metrics collection or pod start-up (sim/), the HPA's own
 * arithmetic (model/hpa).
 */
package dev.fleetcast.model.scaling;
