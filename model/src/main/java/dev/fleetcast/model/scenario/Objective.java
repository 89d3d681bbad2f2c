package dev.fleetcast.model.scenario;

import java.util.Objects;
import java.util.Set;

/**
 * A service-level objective of a capacity plan: a per-replication metric that must not exceed
 * {@code max}. Durations are in seconds, counts in their own unit.
 *
 * @param metric one of {@link #METRICS}
 * @param max the largest acceptable value
 */
public record Objective(String metric, double max) {

    /** The metrics an objective may bound: those a replication measures (docs/scenarios.md, "plan"). */
    public static final Set<String> METRICS = Set.of("enrollment-latency-mean", "enrollment-latency-p95",
            "detection-time-mean", "failover-recovery-mean", "failover-recovery-p95", "failover-recovery-p99",
            "devices-per-gateway-max", "imbalance-max-minus-min", "stuck-devices", "message-response-p95",
            "message-response-p99");

    /** Metrics measured in seconds (written as durations in files). */
    public static final Set<String> DURATIONS = Set.of("enrollment-latency-mean", "enrollment-latency-p95",
            "detection-time-mean", "failover-recovery-mean", "failover-recovery-p95", "failover-recovery-p99",
            "message-response-p95", "message-response-p99");

    public Objective {
        Objects.requireNonNull(metric, "metric");
        if (!METRICS.contains(metric)) {
            throw new IllegalArgumentException("objective: no metric " + metric + "; allowed: " + METRICS);
        }
        if (!(max >= 0) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("objective " + metric + ": max must be 0 or more, was " + max);
        }
    }
}
