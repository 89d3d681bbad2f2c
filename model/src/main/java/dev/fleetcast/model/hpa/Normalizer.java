package dev.fleetcast.model.hpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Stabilization and limits ({@code normalizeDesiredReplicas} and
 * {@code normalizeDesiredReplicasWithBehaviors}). Each method also stores the proposal in the
 * recommendation list it is given, as the controller does.
 */
final class Normalizer {

    private static final long SECOND = 1_000_000_000L;

    private Normalizer() {
    }

    /** Without a behavior: stabilize over the downscale window, then clamp to min and max(2 × current, 4). */
    static Normalization withoutBehavior(int current, int proposal, int minReplicas, int maxReplicas,
            HpaSettings settings, List<HpaHistory.Recommendation> recommendations) {
        long cutoff = -settings.downscaleStabilizationNanos();
        int stabilized = proposal;
        int oldIndex = -1;
        for (int i = 0; i < recommendations.size(); i++) {
            HpaHistory.Recommendation rec = recommendations.get(i);
            if (rec.timeNanos() < cutoff) {
                oldIndex = i; // the last entry older than the window gets overwritten
            } else if (rec.replicas() > stabilized) {
                stabilized = rec.replicas(); // an entry exactly at the cutoff still counts
            }
        }
        store(recommendations, oldIndex, proposal);
        String reason = stabilized != proposal ? "ScaleDownStabilized" : "ReadyForNewScale";
        Normalization.Stabilization stabilization = new Normalization.Stabilization(stabilized, reason,
                OptionalLong.empty(), settings.downscaleStabilizationNanos(), OptionalInt.empty(), stabilized);

        // The fixed limit against bogus usage spikes: int32(max(2.0 × current, 4.0)).
        int scaleUpLimit = (int) Math.max(2.0 * current, 4.0);
        int maxAllowed;
        String reasonIfLimited;
        String messageIfLimited;
        if (maxReplicas > scaleUpLimit) {
            maxAllowed = scaleUpLimit;
            reasonIfLimited = "ScaleUpLimit";
            messageIfLimited = "the desired replica count is increasing faster than the maximum scale rate";
        } else {
            maxAllowed = maxReplicas;
            reasonIfLimited = "TooManyReplicas";
            messageIfLimited = "the desired replica count is more than the maximum replica count";
        }
        Normalization.Limits limits;
        if (stabilized < minReplicas) {
            limits = limits(minReplicas, stabilized, "TooFewReplicas",
                    "the desired replica count is less than the minimum replica count", scaleUpLimit, minReplicas,
                    maxAllowed, Optional.empty(), List.of());
        } else if (stabilized > maxAllowed) {
            limits = limits(maxAllowed, stabilized, reasonIfLimited, messageIfLimited, scaleUpLimit, minReplicas,
                    maxAllowed, Optional.empty(), List.of());
        } else {
            limits = limits(stabilized, stabilized, "DesiredWithinRange", "the desired count is within the acceptable range",
                    scaleUpLimit, minReplicas, maxAllowed, Optional.empty(), List.of());
        }
        return new Normalization(false, proposal, stabilization, limits);
    }

    /** With a behavior: stabilize in both directions, then limit by the direction's policies and min/max. */
    static Normalization withBehavior(int current, int proposal, int minReplicas, int maxReplicas,
            HpaBehavior behavior, HpaSettings settings, List<HpaHistory.Recommendation> recommendations,
            HpaHistory events) {
        // A scale-down window the manifest left out comes from the controller flag, in whole seconds.
        long downSeconds = behavior.scaleDown().stabilizationWindowSeconds()
                .orElse((int) (settings.downscaleStabilizationNanos() / SECOND));
        long upSeconds = behavior.scaleUp().stabilizationWindowSeconds().getAsInt();
        long upCutoff = -upSeconds * SECOND;
        long downCutoff = -downSeconds * SECOND;
        int up = proposal;
        int down = proposal;
        int oldIndex = -1;
        for (int i = 0; i < recommendations.size(); i++) {
            HpaHistory.Recommendation rec = recommendations.get(i);
            if (rec.timeNanos() > upCutoff) {
                up = Math.min(rec.replicas(), up);
            }
            if (rec.timeNanos() > downCutoff) {
                down = Math.max(rec.replicas(), down);
            }
            if (rec.timeNanos() < upCutoff && rec.timeNanos() < downCutoff) {
                oldIndex = i;
            }
        }
        int stabilized = current;
        if (stabilized < up) {
            stabilized = up;
        }
        if (stabilized > down) {
            stabilized = down;
        }
        store(recommendations, oldIndex, proposal);
        String reason = stabilized == proposal ? "ReadyForNewScale"
                : proposal >= current ? "ScaleUpStabilized" : "ScaleDownStabilized";
        Normalization.Stabilization stabilization = new Normalization.Stabilization(stabilized, reason,
                OptionalLong.of(upSeconds * SECOND), downSeconds * SECOND, OptionalInt.of(up), down);
        return new Normalization(true, proposal, stabilization,
                rate(current, stabilized, minReplicas, maxReplicas, behavior, events));
    }

    /** {@code convertDesiredReplicasWithBehaviorRate}. */
    private static Normalization.Limits rate(int current, int stabilized, int minReplicas, int maxReplicas,
            HpaBehavior behavior, HpaHistory events) {
        if (stabilized > current) {
            ScalingRules rules = behavior.scaleUp();
            List<Normalization.PolicyLimit> policies = new ArrayList<>();
            int limit = rules.selectPolicy() == SelectPolicy.DISABLED ? current
                    : select(current, rules, events, true, policies);
            if (limit < current) {
                limit = current; // no further scale-up until old scale-up events age out
            }
            int maxAllowed;
            String reason;
            String message;
            if (maxReplicas > limit) {
                maxAllowed = limit;
                reason = "ScaleUpLimit";
                message = "the desired replica count is increasing faster than the maximum scale rate";
            } else {
                maxAllowed = maxReplicas;
                reason = "TooManyReplicas";
                message = "the desired replica count is more than the maximum replica count";
            }
            if (stabilized > maxAllowed) {
                return limits(maxAllowed, stabilized, reason, message, limit, null, maxAllowed,
                        Optional.of(rules.selectPolicy()), policies);
            }
            return within(stabilized, limit, null, maxAllowed, Optional.of(rules.selectPolicy()), policies);
        }
        if (stabilized < current) {
            ScalingRules rules = behavior.scaleDown();
            List<Normalization.PolicyLimit> policies = new ArrayList<>();
            int limit = rules.selectPolicy() == SelectPolicy.DISABLED ? current
                    : select(current, rules, events, false, policies);
            if (limit > current) {
                limit = current; // no further scale-down until old scale-down events age out
            }
            int minAllowed;
            String reason;
            String message;
            if (minReplicas < limit) {
                minAllowed = limit;
                reason = "ScaleDownLimit";
                message = "the desired replica count is decreasing faster than the maximum scale rate";
            } else {
                minAllowed = minReplicas;
                reason = "TooFewReplicas";
                message = "the desired replica count is less than the minimum replica count";
            }
            if (stabilized < minAllowed) {
                return limits(minAllowed, stabilized, reason, message, limit, minAllowed, null,
                        Optional.of(rules.selectPolicy()), policies);
            }
            return within(stabilized, limit, minAllowed, null, Optional.of(rules.selectPolicy()), policies);
        }
        return within(stabilized, null, null, null, Optional.empty(), List.of());
    }

    /**
     * The limit each policy allows and the one {@code selectPolicy} picks. Up: Max takes the
     * largest, Min the smallest. Down: Max takes the smallest (the biggest drop), Min the
     * largest. The arithmetic is the controller's, in double: the Percent limit up is
     * {@code ceil(start × (1 + v/100))}, down {@code trunc(start × (1 − v/100))}.
     */
    private static int select(int current, ScalingRules rules, HpaHistory events, boolean upward,
            List<Normalization.PolicyLimit> out) {
        boolean largest = upward == (rules.selectPolicy() == SelectPolicy.MAX);
        int result = largest ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        for (ScalingPolicy policy : rules.policies()) {
            int added = changeWithin(policy.periodSeconds(), events.scaleUpEvents());
            int removed = changeWithin(policy.periodSeconds(), events.scaleDownEvents());
            int start = current - added + removed;
            double fraction = (double) policy.value() / 100;
            int proposed;
            if (policy.type() == ScalingPolicy.Type.PODS) {
                proposed = upward ? start + policy.value() : start - policy.value();
            } else if (upward) {
                proposed = (int) Math.ceil((double) start * (1 + fraction));
            } else {
                proposed = (int) ((double) start * (1 - fraction));
            }
            out.add(new Normalization.PolicyLimit(policy, added, removed, start, proposed));
            result = largest ? Math.max(result, proposed) : Math.min(result, proposed);
        }
        return result;
    }

    /** The replicas changed by events strictly newer than {@code periodSeconds} ago. */
    private static int changeWithin(int periodSeconds, List<HpaHistory.ScaleEvent> events) {
        long cutoff = -periodSeconds * SECOND;
        int change = 0;
        for (HpaHistory.ScaleEvent event : events) {
            if (event.timeNanos() > cutoff) {
                change += event.replicaChange();
            }
        }
        return change;
    }

    private static Normalization.Limits within(int stabilized, Integer rateLimit, Integer minAllowed,
            Integer maxAllowed, Optional<SelectPolicy> select, List<Normalization.PolicyLimit> policies) {
        return limits(stabilized, stabilized, "DesiredWithinRange", "the desired count is within the acceptable range",
                rateLimit, minAllowed, maxAllowed, select, policies);
    }

    private static Normalization.Limits limits(int desired, int stabilized, String reason, String message,
            Integer rateLimit, Integer minAllowed, Integer maxAllowed, Optional<SelectPolicy> select,
            List<Normalization.PolicyLimit> policies) {
        return new Normalization.Limits(desired, reason, message, desired != stabilized, optional(rateLimit),
                optional(minAllowed), optional(maxAllowed), select, policies);
    }

    private static OptionalInt optional(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /** Stores {@code {proposal, now}}: over the chosen outdated entry, or appended. */
    private static void store(List<HpaHistory.Recommendation> recommendations, int oldIndex, int proposal) {
        HpaHistory.Recommendation now = new HpaHistory.Recommendation(proposal, 0);
        if (oldIndex >= 0) {
            recommendations.set(oldIndex, now);
        } else {
            recommendations.add(now);
        }
    }
}
