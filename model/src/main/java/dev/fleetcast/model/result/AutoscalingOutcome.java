package dev.fleetcast.model.result;

import java.util.List;

/**
 * What autoscaling did in one run.
 *
 * @param gateway the gateway whose Deployment was scaled
 * @param samples the Deployment at every evaluation
 * @param events every change of the replica count, with its reason
 * @param replicaSeconds replicas that existed, integrated over the run: the cost
 * @param firstScaleUpNanos when the first scale-up was decided, or -1 if none was
 * @param aboveLatencyTargetNanos the scrape windows in which some replica's P95 response time
 *     was above the latency target, summed
 */
public record AutoscalingOutcome(String gateway, List<ReplicaSample> samples, List<ScalingEvent> events,
        double replicaSeconds, long firstScaleUpNanos, long aboveLatencyTargetNanos) {

    public AutoscalingOutcome {
        samples = List.copyOf(samples);
        events = List.copyOf(events);
    }
}
