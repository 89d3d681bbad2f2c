package dev.fleetcast.model.scaling;

/**
 * A KEDA-style scaler: every polling interval it reads one external metric (a queue length,
 * messages per second) and asks for {@code ceil(value / target)} replicas, between
 * {@code max(1, minReplicas)} and {@code maxReplicas}. Below or at the activation target the
 * workload is idle; with {@code minReplicas} 0 it is scaled to zero once it has been idle for
 * the cooldown period, and it leaves zero only when the metric rises above the activation
 * target again.
 *
 * <p>Defaults as KEDA's ScaledObject: polling every 30 s, cooldown 300 s, 0 to 100 replicas,
 * activation at 0. Where it differs from KEDA: KEDA hands the 1-to-N range to an HPA it
 * creates (with its 10% tolerance and 5-minute scale-down stabilization); this scaler computes
 * the ratio directly, so it shows the metric's own dynamics. Use the HPA model for the exact
 * 1-to-N behaviour.
 *
 * @param targetValue the metric value one replica should handle, greater than 0
 * @param activationTarget the value above which the workload is active, 0 or more
 * @param pollingIntervalNanos how often the metric is read
 * @param cooldownNanos how long the workload must be idle before it is scaled to zero
 * @param minReplicas 0 or more
 * @param maxReplicas at least {@code max(1, minReplicas)}
 */
public record KedaScaler(double targetValue, double activationTarget, long pollingIntervalNanos, long cooldownNanos,
        int minReplicas, int maxReplicas) implements Scaler {

    private static final long S = 1_000_000_000L;

    public KedaScaler {
        if (!(targetValue > 0) || Double.isInfinite(targetValue)) {
            throw new IllegalArgumentException("keda: target value must be a finite number above 0, was " + targetValue);
        }
        if (!(activationTarget >= 0) || Double.isInfinite(activationTarget)) {
            throw new IllegalArgumentException("keda: activation target must be 0 or more, was " + activationTarget);
        }
        if (pollingIntervalNanos <= 0 || cooldownNanos < 0) {
            throw new IllegalArgumentException("keda: polling interval must be positive and cooldown 0 or more, were "
                    + pollingIntervalNanos + " ns and " + cooldownNanos + " ns");
        }
        if (minReplicas < 0 || maxReplicas < Math.max(1, minReplicas)) {
            throw new IllegalArgumentException("keda: need 0 <= minReplicas <= maxReplicas and maxReplicas >= 1, were "
                    + minReplicas + " and " + maxReplicas);
        }
    }

    /** KEDA's defaults (polling 30 s, cooldown 300 s, 0 to 100 replicas, activation 0) for {@code targetValue}. */
    public static KedaScaler withDefaults(double targetValue) {
        return new KedaScaler(targetValue, 0, 30 * S, 300 * S, 0, 100);
    }

    @Override
    public String name() {
        return "keda";
    }

    @Override
    public long periodNanos() {
        return pollingIntervalNanos;
    }

    @Override
    public Autoscaler startRun() {
        long[] lastActive = {Long.MIN_VALUE};
        return observation -> {
            if (observation.externalMetric().isEmpty()) {
                return ScalingDecision.keep(observation.currentReplicas(), "metric unavailable: keeping "
                        + observation.currentReplicas() + " replicas");
            }
            double value = observation.externalMetric().getAsDouble();
            long now = observation.timeNanos();
            boolean active = value > activationTarget;
            if (active) {
                lastActive[0] = now;
            }
            boolean idleLongEnough = lastActive[0] == Long.MIN_VALUE || now - lastActive[0] >= cooldownNanos;
            if (!active && minReplicas == 0 && (observation.currentReplicas() == 0 || idleLongEnough)) {
                return ScalingDecision.keep(0, "metric " + value + " at or below activation " + activationTarget
                        + (observation.currentReplicas() == 0 ? ": stays at zero" : " for the cooldown: scale to zero"));
            }
            int proposed = (int) Math.min(Integer.MAX_VALUE, (long) Math.ceil(value / targetValue));
            int desired = Math.max(Math.max(1, minReplicas), Math.min(maxReplicas, proposed));
            return ScalingDecision.keep(desired, "ceil(" + value + " / " + targetValue + ") = " + proposed
                    + (desired != proposed ? ", clamped to [" + Math.max(1, minReplicas) + ", " + maxReplicas + "]" : ""));
        };
    }
}
