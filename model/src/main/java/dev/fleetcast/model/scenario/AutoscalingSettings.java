package dev.fleetcast.model.scenario;

import dev.fleetcast.model.distribution.DurationDistribution;
import java.util.Objects;

/**
 * Autoscaling of one gateway's Deployment: its replicas are scaled by {@code rule}, from
 * metrics scraped every {@code scrapeIntervalNanos}. Devices stay assigned to the gateway;
 * its Service spreads their connections over the replicas.
 *
 * @param gateway the gateway whose Deployment is scaled
 * @param rule the autoscaler
 * @param initialReplicas replicas at the start, at least 1
 * @param resources what a replica requests and uses
 * @param scrapeIntervalNanos how often metrics are read from the replicas (metrics-server's resolution)
 * @param replicaStartup from a replica's creation to its readiness
 * @param drainNanos from a replica's removal to its connections being dropped
 * @param latencyTargetNanos the P95 message response time the gateway should stay under: results
 *     report how long any replica's P95 was above it
 */
public record AutoscalingSettings(String gateway, ScalingRule rule, int initialReplicas, ReplicaResources resources,
        long scrapeIntervalNanos, DurationDistribution replicaStartup, long drainNanos, long latencyTargetNanos) {

    public AutoscalingSettings {
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(replicaStartup, "replicaStartup");
        if (initialReplicas < 1) {
            throw new IllegalArgumentException("autoscaling: initial replicas must be at least 1, was " + initialReplicas);
        }
        if (scrapeIntervalNanos <= 0 || drainNanos < 0 || latencyTargetNanos <= 0) {
            throw new IllegalArgumentException("autoscaling: the scrape interval and latency target must be positive and the drain 0 or more");
        }
    }
}
