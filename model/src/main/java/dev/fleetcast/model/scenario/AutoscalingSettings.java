package dev.fleetcast.model.scenario;

import dev.fleetcast.model.distribution.DurationDistribution;
import java.util.Objects;

/**
 * Autoscaling, from metrics scraped every {@code scrapeIntervalNanos}, of either one gateway's
 * Deployment — its replicas; devices stay assigned to the gateway and its Service spreads
 * their connections over the replicas — or the number of gateways: the pool of declared
 * gateways, of which the first {@code initialReplicas} run at the start; the assignment
 * policy and the failover and rebalancing rules decide which devices move.
 *
 * @param scope what is scaled
 * @param gateway the gateway whose Deployment is scaled ({@link Scope#REPLICAS}); empty for
 *     {@link Scope#GATEWAYS}
 * @param rule the autoscaler
 * @param initialReplicas replicas (or gateways) at the start, at least 1
 * @param resources what a replica requests and uses
 * @param scrapeIntervalNanos how often metrics are read from the replicas (metrics-server's resolution)
 * @param replicaStartup from a replica's creation to its readiness
 * @param drainNanos from a replica's removal to its connections being dropped
 * @param latencyTargetNanos the P95 message response time the gateway should stay under: results
 *     report how long any replica's P95 was above it
 */
public record AutoscalingSettings(Scope scope, String gateway, ScalingRule rule, int initialReplicas, ReplicaResources resources,
        long scrapeIntervalNanos, DurationDistribution replicaStartup, long drainNanos, long latencyTargetNanos) {

    /** What an autoscaler scales. */
    public enum Scope {
        /** The replicas of one gateway's Deployment. */
        REPLICAS,
        /** The number of gateways. */
        GATEWAYS
    }

    public AutoscalingSettings {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(gateway, "gateway");
        if (scope == Scope.GATEWAYS && rule instanceof ScalingRule.Hpa) {
            throw new IllegalArgumentException("autoscaling: the HPA scales a Deployment's replicas; scale the number "
                    + "of gateways with keda or load-balancer");
        }
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
