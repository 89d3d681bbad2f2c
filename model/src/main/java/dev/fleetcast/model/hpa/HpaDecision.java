package dev.fleetcast.model.hpa;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one HPA reconcile, with every step that led to it.
 *
 * @param currentReplicas scale.spec.replicas as read
 * @param desiredReplicas what scale.spec.replicas is after the reconcile (current when it does
 *     not rescale — including when the metrics fail, where the HPA's status keeps its
 *     previous desiredReplicas)
 * @param rescaled whether the controller updates the scale (and sets status.lastScaleTime)
 * @param branch which branch of the reconcile ran
 * @param rescaleReason the reason of the SuccessfulRescale event, or empty
 * @param initialRecommendation whether this reconcile seeded an empty history with {@code {current, now}}
 * @param metrics each metric's outcome, in spec order (empty unless the metrics branch ran)
 * @param combination how the proposals combined (metrics branch only)
 * @param normalization stabilization and limits (only when the metrics allowed scaling)
 * @param conditions the conditions as this reconcile leaves them, each type once, in the order
 *     first set (a type set twice shows its last value); a type not listed keeps whatever an
 *     earlier reconcile set
 * @param history the controller's memory after this reconcile, times relative to it
 */
public record HpaDecision(int currentReplicas, int desiredReplicas, boolean rescaled, Branch branch,
        Optional<String> rescaleReason, boolean initialRecommendation, List<MetricOutcome> metrics,
        Optional<Combination> combination, Optional<Normalization> normalization, List<HpaCondition> conditions,
        HpaHistory history) {

    /** The branch of the reconcile. */
    public enum Branch {
        /** current = 0 and minReplicas ≠ 0: autoscaling is disabled; nothing changes. */
        SCALING_DISABLED,
        /** current > maxReplicas: desired = maxReplicas, no metrics, stabilization or rate limit. */
        ABOVE_MAX_REPLICAS,
        /** current < minReplicas: desired = minReplicas, no metrics, stabilization or rate limit. */
        BELOW_MIN_REPLICAS,
        /** The metrics decide. */
        METRICS
    }

    public HpaDecision {
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(rescaleReason, "rescaleReason");
        Objects.requireNonNull(combination, "combination");
        Objects.requireNonNull(normalization, "normalization");
        Objects.requireNonNull(history, "history");
        metrics = List.copyOf(metrics);
        conditions = List.copyOf(conditions);
    }

    /** The value this reconcile left condition {@code type} at, if it set it. */
    public Optional<HpaCondition> condition(HpaCondition.Type type) {
        return conditions.stream().filter(c -> c.type() == type).findFirst();
    }
}
