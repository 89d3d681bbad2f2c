package dev.fleetcast.model.hpa;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An autoscaling/v2 HorizontalPodAutoscaler's spec, with API defaults filled in.
 *
 * @param scaleTargetRef what is scaled
 * @param minReplicas at least 0 (0 needs the HPAScaleToZero gate in a cluster; Kubernetes'
 *     default is {@link #DEFAULT_MIN_REPLICAS})
 * @param maxReplicas at least 1 and at least {@code minReplicas}
 * @param metrics at least one ({@link #DEFAULT_METRICS} when a manifest lists none)
 * @param behavior the scaling behavior, or empty when the manifest has none — which is not
 *     the same as a behavior with every field defaulted ({@link HpaBehavior})
 */
public record HpaSpec(ScaleTargetRef scaleTargetRef, int minReplicas, int maxReplicas, List<MetricSpec> metrics,
        Optional<HpaBehavior> behavior) {

    /** {@code minReplicas} when the manifest leaves it out. */
    public static final int DEFAULT_MIN_REPLICAS = 1;

    /** The metrics when the manifest lists none: CPU at 80 % utilization. */
    public static final List<MetricSpec> DEFAULT_METRICS = List.of(
            new MetricSpec.ResourceMetric("cpu", new MetricTarget.Utilization(80)));

    public HpaSpec {
        Objects.requireNonNull(scaleTargetRef, "scaleTargetRef");
        Objects.requireNonNull(behavior, "behavior");
        metrics = List.copyOf(metrics);
        if (minReplicas < 0) {
            throw new IllegalArgumentException("minReplicas must be at least 0, was " + minReplicas);
        }
        if (maxReplicas < 1) {
            throw new IllegalArgumentException("maxReplicas must be at least 1, was " + maxReplicas);
        }
        if (minReplicas > maxReplicas) {
            throw new IllegalArgumentException("minReplicas (" + minReplicas + ") must not exceed maxReplicas ("
                    + maxReplicas + ")");
        }
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException("an HPA needs at least one metric (Kubernetes defaults to CPU at 80 %)");
        }
    }
}
