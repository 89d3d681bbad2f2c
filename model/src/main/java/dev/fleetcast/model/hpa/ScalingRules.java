package dev.fleetcast.model.hpa;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * {@code behavior.scaleUp} or {@code behavior.scaleDown}, with Kubernetes' API defaults already
 * filled in (see {@link #defaulted}).
 *
 * @param stabilizationWindowSeconds from 0 to 3600; empty only for scale-down, where the
 *     controller then uses its downscale-stabilization flag ({@link HpaSettings})
 * @param selectPolicy which policy's limit applies
 * @param policies at least one rate limit
 * @param tolerance this direction's tolerance (KEP-4951, on by default in 1.35), or empty for
 *     the controller's global tolerance; at least 0
 */
public record ScalingRules(OptionalInt stabilizationWindowSeconds, SelectPolicy selectPolicy,
        List<ScalingPolicy> policies, OptionalDouble tolerance) {

    /** The longest stabilization window Kubernetes accepts. */
    public static final int MAX_STABILIZATION_WINDOW_SECONDS = 3600;

    /** Scale-up with nothing said: no window, the larger of +4 pods and +100 % per 15 s. */
    public static final ScalingRules SCALE_UP_DEFAULTS = new ScalingRules(OptionalInt.of(0), SelectPolicy.MAX,
            List.of(new ScalingPolicy(ScalingPolicy.Type.PODS, 4, 15),
                    new ScalingPolicy(ScalingPolicy.Type.PERCENT, 100, 15)), OptionalDouble.empty());

    /**
     * Scale-down with nothing said: −100 % per 15 s; the window stays empty and the controller
     * fills it from its downscale-stabilization flag (300 s by default).
     */
    public static final ScalingRules SCALE_DOWN_DEFAULTS = new ScalingRules(OptionalInt.empty(), SelectPolicy.MAX,
            List.of(new ScalingPolicy(ScalingPolicy.Type.PERCENT, 100, 15)), OptionalDouble.empty());

    public ScalingRules {
        Objects.requireNonNull(stabilizationWindowSeconds, "stabilizationWindowSeconds");
        Objects.requireNonNull(selectPolicy, "selectPolicy");
        Objects.requireNonNull(tolerance, "tolerance");
        policies = List.copyOf(policies);
        stabilizationWindowSeconds.ifPresent(w -> {
            if (w < 0 || w > MAX_STABILIZATION_WINDOW_SECONDS) {
                throw new IllegalArgumentException("stabilizationWindowSeconds must be from 0 to "
                        + MAX_STABILIZATION_WINDOW_SECONDS + ", was " + w);
            }
        });
        if (policies.isEmpty()) {
            throw new IllegalArgumentException("scaling rules need at least one policy");
        }
        tolerance.ifPresent(t -> {
            if (!(t >= 0) || Double.isInfinite(t)) {
                throw new IllegalArgumentException("tolerance must be a number of at least 0, was " + t);
            }
        });
    }

    /**
     * Kubernetes' defaulting of one direction ({@code copyHPAScalingRules}): each field the
     * manifest set replaces the default's field, each field it left out keeps the default.
     */
    public static ScalingRules defaulted(ScalingRules defaults, OptionalInt window, Optional<SelectPolicy> select,
            Optional<List<ScalingPolicy>> policies, OptionalDouble tolerance) {
        return new ScalingRules(window.isPresent() ? window : defaults.stabilizationWindowSeconds,
                select.orElse(defaults.selectPolicy), policies.orElse(defaults.policies),
                tolerance.isPresent() ? tolerance : defaults.tolerance);
    }

    /** The longest policy period: scale events older than it can no longer limit anything. */
    public int longestPeriodSeconds() {
        int longest = 0;
        for (ScalingPolicy policy : policies) {
            longest = Math.max(longest, policy.periodSeconds());
        }
        return longest;
    }
}
