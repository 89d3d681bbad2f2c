package dev.fleetcast.model.scaling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A load-balancer-driven scaler that scales the gateway workload directly from what its
 * replicas report, without an HPA.
 *
 * <p><b>Pressure</b> is the highest of four ratios over the ready replicas: mean CPU
 * utilization / CPU threshold, mean memory utilization / memory threshold, connections per
 * ready replica / connection threshold, and the worst replica's P95 latency / latency
 * threshold. <b>Urgency</b> follows from it: below 1 none; [1, 1.25) low; [1.25, 1.5) medium;
 * [1.5, 2) high; 2 or more critical.
 *
 * <p><b>Scale-out</b> is exponential in urgency — 1, 2, 4 and 5 replicas for low to critical —
 * up to {@code maxReplicas}, and then waits {@code scaleOutCooldownNanos} for the new replicas
 * to start before adding more. <b>Scale-in</b> is conservative: one replica, only after the
 * pressure has stayed below {@code scaleInBelow} for a whole {@code quietWindowNanos}, and the
 * window starts again after each removal. The replica removed is the cheapest to lose — a
 * deletion cost of its connections (each must reconnect elsewhere), so a replica still
 * starting goes first, then the one with fewest connections, the youngest among equals.
 *
 * <p>Defaults ({@link #withDefaults}): CPU 70%, memory 80%, 100 connections per replica
 * (WASMBED's maxDevices default), P95 latency 100 ms; evaluated every 15 s; scale in below
 * half of every threshold for 5 minutes; 60 s between scale-outs; 1 to 10 replicas.
 */
public record LoadBalancerScaler(Thresholds thresholds, int minReplicas, int maxReplicas, long periodNanos,
        long quietWindowNanos, double scaleInBelow, long scaleOutCooldownNanos) implements Scaler {

    private static final long S = 1_000_000_000L;
    private static final int[] STEP = {0, 1, 2, 4, 5};
    private static final String[] URGENCY = {"none", "low", "medium", "high", "critical"};

    /**
     * Where pressure starts.
     *
     * @param cpuUtilization mean CPU utilization (fraction of request)
     * @param memoryUtilization mean memory utilization (fraction of request)
     * @param connectionsPerReplica connections per ready replica
     * @param p95LatencyNanos worst replica's P95 message latency
     */
    public record Thresholds(double cpuUtilization, double memoryUtilization, int connectionsPerReplica,
            long p95LatencyNanos) {
        public Thresholds {
            if (!(cpuUtilization > 0) || !(memoryUtilization > 0) || connectionsPerReplica < 1 || p95LatencyNanos < 1) {
                throw new IllegalArgumentException("load-balancer scaler: every threshold must be positive");
            }
        }
    }

    public LoadBalancerScaler {
        if (minReplicas < 1 || maxReplicas < minReplicas) {
            throw new IllegalArgumentException("load-balancer scaler: need 1 <= minReplicas <= maxReplicas, were "
                    + minReplicas + " and " + maxReplicas);
        }
        if (periodNanos <= 0 || quietWindowNanos < 0 || scaleOutCooldownNanos < 0) {
            throw new IllegalArgumentException("load-balancer scaler: period must be positive, windows 0 or more");
        }
        if (!(scaleInBelow > 0 && scaleInBelow < 1)) {
            throw new IllegalArgumentException("load-balancer scaler: scaleInBelow must lie between 0 and 1, was "
                    + scaleInBelow);
        }
    }

    /** The documented defaults. */
    public static LoadBalancerScaler withDefaults() {
        return new LoadBalancerScaler(new Thresholds(0.70, 0.80, 100, 100_000_000L), 1, 10, 15 * S, 300 * S, 0.5,
                60 * S);
    }

    @Override
    public String name() {
        return "load-balancer";
    }

    /** The pressure of {@code ready} replicas (at least one), as defined above. */
    public double pressure(List<ReplicaObservation> ready) {
        double cpu = ready.stream().mapToDouble(ReplicaObservation::cpuUtilization).average().orElseThrow();
        double memory = ready.stream().mapToDouble(ReplicaObservation::memoryUtilization).average().orElseThrow();
        double connections = ready.stream().mapToInt(ReplicaObservation::connections).sum() / (double) ready.size();
        long p95 = ready.stream().mapToLong(ReplicaObservation::p95LatencyNanos).max().orElseThrow();
        return Math.max(Math.max(cpu / thresholds.cpuUtilization(), memory / thresholds.memoryUtilization()),
                Math.max(connections / thresholds.connectionsPerReplica(), (double) p95 / thresholds.p95LatencyNanos()));
    }

    /** 0 (none) to 4 (critical) for {@code pressure}. */
    public static int urgency(double pressure) {
        if (pressure < 1) {
            return 0;
        }
        if (pressure < 1.25) {
            return 1;
        }
        if (pressure < 1.5) {
            return 2;
        }
        return pressure < 2 ? 3 : 4;
    }

    @Override
    public Autoscaler startRun() {
        long[] lastScaleOut = {Long.MIN_VALUE};
        long[] quietSince = {Long.MIN_VALUE};
        return observation -> {
            int current = observation.currentReplicas();
            long now = observation.timeNanos();
            List<ReplicaObservation> ready = observation.ready();
            if (ready.isEmpty()) {
                quietSince[0] = Long.MIN_VALUE;
                return ScalingDecision.keep(Math.max(current, minReplicas), "no ready replica to measure");
            }
            double pressure = pressure(ready);
            int level = urgency(pressure);
            String measured = String.format(Locale.ROOT, "pressure %.3f (%s)", pressure, URGENCY[level]);
            if (level > 0) {
                quietSince[0] = Long.MIN_VALUE;
                if (lastScaleOut[0] != Long.MIN_VALUE && now - lastScaleOut[0] < scaleOutCooldownNanos) {
                    return ScalingDecision.keep(current, measured + ", but cooling down after the last scale-out");
                }
                int desired = Math.min(maxReplicas, current + STEP[level]);
                if (desired == current) {
                    return ScalingDecision.keep(current, measured + ", but already at maxReplicas " + maxReplicas);
                }
                lastScaleOut[0] = now;
                return ScalingDecision.keep(desired, measured + ": add " + (desired - current));
            }
            if (pressure >= scaleInBelow) {
                quietSince[0] = Long.MIN_VALUE;
                return ScalingDecision.keep(current, measured + ": within bounds");
            }
            if (quietSince[0] == Long.MIN_VALUE) {
                quietSince[0] = now;
            }
            if (now - quietSince[0] < quietWindowNanos || current <= minReplicas) {
                return ScalingDecision.keep(current, measured + ": quiet"
                        + (current <= minReplicas ? ", at minReplicas" : " since " + quietSince[0] + " ns"));
            }
            quietSince[0] = now;
            return new ScalingDecision(current - 1, measured + ": quiet for the whole window, remove 1",
                    cheapestFirst(observation.replicas()));
        };
    }

    /** Deletion cost order: not ready first, then fewest connections, then youngest, then name. */
    private static List<String> cheapestFirst(List<ReplicaObservation> replicas) {
        List<ReplicaObservation> ordered = new ArrayList<>(replicas);
        ordered.sort(Comparator.comparing(ReplicaObservation::ready)
                .thenComparingInt(ReplicaObservation::connections)
                .thenComparing(Comparator.comparingLong(ReplicaObservation::startedAtNanos).reversed())
                .thenComparing(ReplicaObservation::name));
        return ordered.stream().map(ReplicaObservation::name).toList();
    }
}
