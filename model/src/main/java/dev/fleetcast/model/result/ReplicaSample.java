package dev.fleetcast.model.result;

/**
 * The scaled Deployment at one autoscaler evaluation.
 *
 * @param timeNanos when
 * @param desired what the autoscaler asked for now
 * @param existing replicas that exist (starting, ready or terminating) before it acts
 * @param ready replicas that serve
 * @param metric the autoscaler's headline input: the pressure, the external metric, or the
 *     HPA's usage ratio (NaN when it had none)
 */
public record ReplicaSample(long timeNanos, int desired, int existing, int ready, double metric) {
}
