package dev.fleetcast.model.hpa;

/**
 * The kube-controller-manager flags that shape the HPA's arithmetic. {@link #DEFAULTS} are
 * Kubernetes' defaults.
 *
 * @param tolerance {@code --horizontal-pod-autoscaler-tolerance}: a usage ratio within
 *     {@code [1 − tolerance, 1 + tolerance]} changes nothing (0.1); at least 0. A behavior may
 *     override it per direction.
 * @param cpuInitializationPeriodNanos {@code --horizontal-pod-autoscaler-cpu-initialization-period}
 *     (5 min): how long after its start a pod's CPU samples are distrusted
 * @param initialReadinessDelayNanos {@code --horizontal-pod-autoscaler-initial-readiness-delay}
 *     (30 s): after the initialization period, a NotReady pod whose readiness last changed
 *     within this delay of its start counts as never ready
 * @param downscaleStabilizationNanos {@code --horizontal-pod-autoscaler-downscale-stabilization}
 *     (5 min): the scale-down window without a behavior, and a behavior's default scale-down
 *     window (there truncated to whole seconds, as the controller does)
 * @param syncPeriodNanos {@code --horizontal-pod-autoscaler-sync-period} (15 s): how often
 *     each HPA is reconciled. The decision itself does not use it; loops and chained
 *     reconciles do.
 */
public record HpaSettings(double tolerance, long cpuInitializationPeriodNanos, long initialReadinessDelayNanos,
        long downscaleStabilizationNanos, long syncPeriodNanos) {

    private static final long SECOND = 1_000_000_000L;

    /** Kubernetes' defaults: 0.1, 5 min, 30 s, 5 min, 15 s. */
    public static final HpaSettings DEFAULTS = new HpaSettings(0.1, 300 * SECOND, 30 * SECOND, 300 * SECOND,
            15 * SECOND);

    public HpaSettings {
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("HPA tolerance must be a number of at least 0, was " + tolerance);
        }
        nonNegative("cpuInitializationPeriod", cpuInitializationPeriodNanos);
        nonNegative("initialReadinessDelay", initialReadinessDelayNanos);
        nonNegative("downscaleStabilization", downscaleStabilizationNanos);
        if (syncPeriodNanos < 1) {
            throw new IllegalArgumentException("HPA sync period must be positive, was " + syncPeriodNanos + " ns");
        }
    }

    public HpaSettings withTolerance(double newTolerance) {
        return new HpaSettings(newTolerance, cpuInitializationPeriodNanos, initialReadinessDelayNanos,
                downscaleStabilizationNanos, syncPeriodNanos);
    }

    public HpaSettings withCpuInitializationPeriod(long nanos) {
        return new HpaSettings(tolerance, nanos, initialReadinessDelayNanos, downscaleStabilizationNanos,
                syncPeriodNanos);
    }

    public HpaSettings withInitialReadinessDelay(long nanos) {
        return new HpaSettings(tolerance, cpuInitializationPeriodNanos, nanos, downscaleStabilizationNanos,
                syncPeriodNanos);
    }

    public HpaSettings withDownscaleStabilization(long nanos) {
        return new HpaSettings(tolerance, cpuInitializationPeriodNanos, initialReadinessDelayNanos, nanos,
                syncPeriodNanos);
    }

    public HpaSettings withSyncPeriod(long nanos) {
        return new HpaSettings(tolerance, cpuInitializationPeriodNanos, initialReadinessDelayNanos,
                downscaleStabilizationNanos, nanos);
    }

    private static void nonNegative(String field, long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("HPA " + field + " must not be negative, was " + nanos + " ns");
        }
    }
}
