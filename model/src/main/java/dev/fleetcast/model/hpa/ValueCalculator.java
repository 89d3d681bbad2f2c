package dev.fleetcast.model.hpa;

import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Object and External metrics: one value (or a sum of series) against a Value target
 * ({@code getUsageRatioReplicaCount}) or an AverageValue target over scale.status.replicas
 * ({@code GetObjectPerPodMetricReplicas}, {@code GetExternalPerPodMetricReplicas}).
 */
final class ValueCalculator {

    private ValueCalculator() {
    }

    /**
     * A Value target. At current = 0 the proposal is {@code ceil(ratio)} — no tolerance, no pod
     * count — which is what lets such a metric scale a target up from zero.
     */
    static MetricCalculation.ValueRatio value(int current, long usage, long target, Tolerances tolerances,
            List<PodState> pods) throws MetricUnavailable {
        double ratio = (double) usage / (double) target;
        if (current == 0) {
            return new MetricCalculation.ValueRatio(usage, target, ratio, tolerances, current, OptionalInt.empty(),
                    MetricCalculation.ValueRatio.Path.FROM_ZERO, PodRatioCalculator.ceil(ratio));
        }
        if (tolerances.isWithin(ratio)) {
            return new MetricCalculation.ValueRatio(usage, target, ratio, tolerances, current, OptionalInt.empty(),
                    MetricCalculation.ValueRatio.Path.WITHIN_TOLERANCE, current);
        }
        if (pods.isEmpty()) {
            throw new MetricUnavailable("unable to calculate ready pods: no pods returned by selector while "
                    + "calculating replica count");
        }
        int ready = (int) pods.stream().filter(PodState::runningAndReady).count();
        double proposal = ratio * (double) ready;
        if (proposal > Integer.MAX_VALUE) {
            return new MetricCalculation.ValueRatio(usage, target, ratio, tolerances, current, OptionalInt.of(ready),
                    MetricCalculation.ValueRatio.Path.CAPPED, Integer.MAX_VALUE);
        }
        return new MetricCalculation.ValueRatio(usage, target, ratio, tolerances, current, OptionalInt.of(ready),
                MetricCalculation.ValueRatio.Path.SCALED, PodRatioCalculator.ceil(proposal));
    }

    /**
     * An AverageValue target: the ratio is {@code usage / (target × statusReplicas)}; outside the
     * tolerance the proposal is {@code ceil(usage / target)}, otherwise statusReplicas. At
     * statusReplicas = 0 the ratio is infinite (or NaN for a usage of 0, which is never within
     * tolerance), exactly as the controller's float arithmetic has it.
     *
     * @param capAtMaxInt32 External caps the proposal at the int32 maximum; Object does not
     *     (Java's conversion saturates there anyway)
     */
    static MetricCalculation.AverageValueRatio averageValue(int statusReplicas, long usage, long targetAverage,
            Tolerances tolerances, boolean capAtMaxInt32) {
        double ratio = (double) usage / ((double) targetAverage * (double) statusReplicas);
        boolean within = tolerances.isWithin(ratio);
        int replicas = statusReplicas;
        if (!within) {
            double proposal = Math.ceil((double) usage / (double) targetAverage);
            replicas = capAtMaxInt32 && proposal > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) proposal;
        }
        OptionalLong average = statusReplicas == 0 ? OptionalLong.empty()
                : OptionalLong.of((long) Math.ceil((double) usage / (double) statusReplicas));
        return new MetricCalculation.AverageValueRatio(usage, targetAverage, statusReplicas, ratio, tolerances,
                within, average, replicas);
    }

    /** External Value: the series' sum, saturating at the int64 maximum on positive overflow. */
    static long sumForValue(List<Long> values) {
        long usage = 0;
        for (long value : values) {
            if (value > 0 && usage > Long.MAX_VALUE - value) {
                return Long.MAX_VALUE;
            }
            usage += value;
        }
        return usage;
    }

    /**
     * External AverageValue: the series' sum, where a negative running sum is taken for an
     * overflow and becomes the int64 maximum (the controller's own rule, kept as it is).
     */
    static long sumForAverageValue(List<Long> values) {
        long usage = 0;
        for (long value : values) {
            usage += value;
            if (usage < 0) {
                return Long.MAX_VALUE;
            }
        }
        return usage;
    }
}
