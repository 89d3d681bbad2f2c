package dev.fleetcast.experiments.platform;

import dev.fleetcast.sim.stats.LatencySummaries;
import dev.fleetcast.model.metrics.Imbalance;
import dev.fleetcast.model.result.LatencySummary;
import dev.fleetcast.model.result.MessageOutcome;
import dev.fleetcast.model.result.PlatformOutcome;
import dev.fleetcast.model.scenario.PlatformScenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The per-replication scalars that run summaries report, each computed from the metric
 * catalogue's definitions. Imbalance is over devices assigned per gateway at the end, among
 * the gateways Running at the end (a failed gateway's zero is not imbalance); NaN when no
 * gateway is Running.
 */
public final class ReplicationMetrics {

    private ReplicationMetrics() {
    }

    /** Every scalar, in report order; the message-load and autoscaling ones only when asked for. */
    public static List<ReplicationMetric> of(boolean messages, boolean autoscaling) {
        List<ReplicationMetric> metrics = new ArrayList<>(platform());
        if (messages) {
            metrics.add(message("message-wait-mean", MessageOutcome::waiting, s -> s.meanNanos()));
            metrics.add(message("message-response-mean", MessageOutcome::response, s -> s.meanNanos()));
            metrics.add(message("message-response-p95", MessageOutcome::response, s -> (double) s.p95Nanos()));
            metrics.add(message("message-response-p99", MessageOutcome::response, s -> (double) s.p99Nanos()));
            metrics.add(new ReplicationMetric("gateway-utilization-peak", "ratio", ReplicationMetrics::peakUtilization));
        }
        if (autoscaling) {
            metrics.add(new ReplicationMetric("replica-seconds", "s",
                    o -> o.autoscaling().map(a -> a.replicaSeconds()).orElse(Double.NaN)));
            metrics.add(new ReplicationMetric("first-scale-up", "s", o -> o.autoscaling()
                    .filter(a -> a.firstScaleUpNanos() >= 0).map(a -> a.firstScaleUpNanos() / 1e9).orElse(Double.NaN)));
            metrics.add(new ReplicationMetric("replicas-max", "count", o -> o.autoscaling()
                    .map(a -> (double) a.samples().stream().mapToInt(s -> s.desired()).max().orElse(0))
                    .orElse(Double.NaN)));
            metrics.add(new ReplicationMetric("time-above-latency-target", "s",
                    o -> o.autoscaling().map(a -> a.aboveLatencyTargetNanos() / 1e9).orElse(Double.NaN)));
            metrics.add(new ReplicationMetric("scaling-events", "count",
                    o -> o.autoscaling().map(a -> (double) a.events().size()).orElse(Double.NaN)));
        }
        return metrics;
    }

    /** Every scalar that applies to {@code scenario}, of one replication's {@code outcome}, in report order. */
    public static Map<String, Double> values(PlatformScenario scenario, PlatformOutcome outcome) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (ReplicationMetric metric : of(scenario.load().isPresent(), scenario.autoscaling().isPresent())) {
            values.put(metric.name(), metric.value().applyAsDouble(outcome));
        }
        return values;
    }

    private static List<ReplicationMetric> platform() {
        return List.of(
                latency("enrollment-latency-mean", PlatformOutcome::enrollmentLatencies, s -> s.meanNanos()),
                latency("enrollment-latency-p95", PlatformOutcome::enrollmentLatencies, s -> (double) s.p95Nanos()),
                latency("detection-time-mean", PlatformOutcome::detectionTimes, s -> s.meanNanos()),
                latency("failover-recovery-mean", PlatformOutcome::failoverRecoveries, s -> s.meanNanos()),
                latency("failover-recovery-p95", PlatformOutcome::failoverRecoveries, s -> (double) s.p95Nanos()),
                latency("failover-recovery-p99", PlatformOutcome::failoverRecoveries, s -> (double) s.p99Nanos()),
                new ReplicationMetric("devices-per-gateway-max", "devices",
                        o -> o.assignedPerGateway().values().stream().mapToInt(Integer::intValue).max().orElse(0)),
                new ReplicationMetric("imbalance-max-over-mean", "ratio",
                        o -> imbalance(o).maxOverMean()),
                new ReplicationMetric("imbalance-cv", "ratio",
                        o -> imbalance(o).coefficientOfVariation()),
                new ReplicationMetric("imbalance-variance", "devices^2",
                        o -> imbalance(o).populationVariance()),
                new ReplicationMetric("imbalance-max-minus-min", "devices",
                        o -> imbalance(o).maxMinusMin()),
                new ReplicationMetric("devices-moved", "count", o -> o.devicesMoved()),
                new ReplicationMetric("api-conflicts", "count", o -> o.apiConflicts()),
                new ReplicationMetric("stuck-devices", "count", o -> o.stuck().size()));
    }

    private static ReplicationMetric latency(String name, Function<PlatformOutcome, long[]> values,
            ToDoubleFunction<LatencySummary> statistic) {
        return new ReplicationMetric(name, "s", outcome -> {
            long[] nanos = values.apply(outcome);
            return nanos.length == 0 ? Double.NaN : statistic.applyAsDouble(LatencySummaries.of(nanos)) / 1e9;
        });
    }

    private static ReplicationMetric message(String name, Function<MessageOutcome, LatencySummary> latencies,
            ToDoubleFunction<LatencySummary> statistic) {
        return new ReplicationMetric(name, "s", outcome -> outcome.messages().map(latencies)
                .filter(summary -> summary.count() > 0)
                .map(summary -> statistic.applyAsDouble(summary) / 1e9).orElse(Double.NaN));
    }

    /** The highest utilization of any gateway over any sampling interval. */
    private static double peakUtilization(PlatformOutcome outcome) {
        return outcome.messages().map(m -> m.samples().stream().flatMapToDouble(s -> Arrays.stream(s.utilization()))
                .max().orElse(Double.NaN)).orElse(Double.NaN);
    }

    private static Imbalance imbalance(PlatformOutcome outcome) {
        var running = outcome.assignedPerRunningGateway();
        return running.isEmpty() ? new Imbalance(Double.NaN, Double.NaN, Double.NaN, 0) : Imbalance.of(running.values());
    }
}
