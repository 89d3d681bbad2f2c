package dev.fleetcast.model.hpa;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * How the metrics' proposal became the desired replica count: stabilized over the
 * recommendation history, then limited by rate and by min/max.
 *
 * @param withBehavior whether the HPA has a behavior (which changes both steps)
 * @param proposal the metrics' proposal, as stored in the history
 * @param stabilization the first step
 * @param limits the second step
 */
public record Normalization(boolean withBehavior, int proposal, Stabilization stabilization, Limits limits) {

    public Normalization {
        Objects.requireNonNull(stabilization, "stabilization");
        Objects.requireNonNull(limits, "limits");
    }

    /**
     * Stabilization.
     *
     * <p>Without a behavior: {@code max(proposal, recommendations not older than the
     * downscale-stabilization window)} — an entry exactly at the cutoff counts. With a
     * behavior: current raised to the lowest recommendation newer than the scale-up window
     * and lowered to the highest newer than the scale-down window (strictly newer).
     *
     * @param stabilized the stabilized recommendation
     * @param reason the AbleToScale reason: ReadyForNewScale, ScaleUpStabilized or ScaleDownStabilized
     * @param scaleUpWindowNanos the scale-up window (behavior only)
     * @param scaleDownWindowNanos the scale-down window
     * @param upRecommendation the lowest recent recommendation, proposal included (behavior only)
     * @param downRecommendation the highest recent recommendation, proposal included
     */
    public record Stabilization(int stabilized, String reason, OptionalLong scaleUpWindowNanos,
            long scaleDownWindowNanos, OptionalInt upRecommendation, int downRecommendation) {
        public Stabilization {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(scaleUpWindowNanos, "scaleUpWindowNanos");
            Objects.requireNonNull(upRecommendation, "upRecommendation");
        }
    }

    /**
     * The limits applied to the stabilized recommendation.
     *
     * @param desired the result
     * @param reason the ScalingLimited reason: DesiredWithinRange, ScaleUpLimit, ScaleDownLimit,
     *     TooManyReplicas or TooFewReplicas
     * @param message the controller's message for it
     * @param limited whether the result differs from the stabilized recommendation (ScalingLimited=True)
     * @param rateLimit without a behavior {@code max(2 × current, 4)}; with one, the selected
     *     policy's limit for this direction, clamped to current
     * @param minAllowed the floor applied (without a behavior always minReplicas)
     * @param maxAllowed the ceiling applied
     * @param selectPolicy the direction's selectPolicy (behavior, when scaling)
     * @param policies each policy's limit (behavior, when scaling)
     */
    public record Limits(int desired, String reason, String message, boolean limited, OptionalInt rateLimit,
            OptionalInt minAllowed, OptionalInt maxAllowed, Optional<SelectPolicy> selectPolicy,
            List<PolicyLimit> policies) {
        public Limits {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(rateLimit, "rateLimit");
            Objects.requireNonNull(minAllowed, "minAllowed");
            Objects.requireNonNull(maxAllowed, "maxAllowed");
            Objects.requireNonNull(selectPolicy, "selectPolicy");
            policies = List.copyOf(policies);
        }
    }

    /**
     * One policy's limit: {@code periodStart = current − added + removed} over the policy's
     * period, then Pods {@code periodStart ± value}, Percent {@code ceil(periodStart × (1 + v/100))}
     * up or {@code trunc(periodStart × (1 − v/100))} down.
     */
    public record PolicyLimit(ScalingPolicy policy, int replicasAdded, int replicasRemoved, int periodStartReplicas,
            int limit) {
        public PolicyLimit {
            Objects.requireNonNull(policy, "policy");
        }
    }
}
