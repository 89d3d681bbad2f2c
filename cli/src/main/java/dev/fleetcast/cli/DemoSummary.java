package dev.fleetcast.cli;

import dev.fleetcast.experiments.platform.PlatformExperiment;
import dev.fleetcast.experiments.run.ReplicationResult;
import dev.fleetcast.model.result.LatencySummary;
import dev.fleetcast.model.result.MetricEstimate;
import dev.fleetcast.model.result.AutoscalingOutcome;
import dev.fleetcast.model.result.PlatformOutcome;
import dev.fleetcast.model.result.ReplicaSample;
import dev.fleetcast.model.result.SteadyCreationResult;
import dev.fleetcast.model.scenario.SteadyCreationFleet;
import java.util.Locale;
import java.util.stream.Collectors;

/** The demo's console summaries: every figure in them comes from the runs' results. */
final class DemoSummary {

    private DemoSummary() {
    }

    static String format(SteadyCreationResult result) {
        SteadyCreationFleet fleet = result.fleet();
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT,
                "fleetcast demo: %d devices created every %s s, %s over %d gateways, seed %d%n",
                fleet.devices(), seconds(fleet.creationIntervalNanos()), fleet.policy().name(),
                fleet.gateways().size(), result.seed()));
        text.append(String.format(Locale.ROOT, "%n  %-12s %8s%n", "gateway", "devices"));
        result.outcome().devicesPerGateway().forEach((gateway, devices) ->
                text.append(String.format(Locale.ROOT, "  %-12s %8d%n", gateway, devices)));
        if (!result.outcome().unassigned().isEmpty()) {
            text.append(String.format(Locale.ROOT, "  %-12s %8d%n", "unassigned", result.outcome().unassigned().size()));
        }
        LatencySummary latency = result.enrollmentLatency();
        text.append('\n');
        if (latency.count() > 0) {
            text.append(String.format(Locale.ROOT,
                    "  enrollment latency (s): mean %.2f  p50 %s  p95 %s  p99 %s  min %s  max %s  (n=%d)%n",
                    latency.meanNanos() / 1e9, seconds(latency.p50Nanos()), seconds(latency.p95Nanos()),
                    seconds(latency.p99Nanos()), seconds(latency.minNanos()), seconds(latency.maxNanos()),
                    latency.count()));
        }
        text.append(String.format(Locale.ROOT, "  events processed: %d, simulated time: %s s%n%n",
                result.outcome().eventsProcessed(), seconds(result.outcome().endTimeNanos())));
        return text.toString();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
    }

    /** One enrollment size: replication 0's split and the spread's mean and interval. */
    static String enrollmentLine(int devices, int gateways, PlatformExperiment.Result result) {
        String split = result.replications().get(0) instanceof ReplicationResult.Succeeded<PlatformOutcome> first
                ? first.value().assignedPerGateway().values().stream().map(String::valueOf)
                        .collect(Collectors.joining("/"))
                : "(failed)";
        MetricEstimate spread = estimate(result, "imbalance-max-minus-min");
        return String.format(Locale.ROOT, "      %3d devices, %d gateways: %-20s spread %s", devices, gateways, split,
                meanAndInterval(spread));
    }

    /** One policy's moves when a gateway joins. */
    static String joinLine(String policy, PlatformExperiment.Result result) {
        String split = result.replications().get(0) instanceof ReplicationResult.Succeeded<PlatformOutcome> first
                ? first.value().assignedPerGateway().values().stream().map(String::valueOf)
                        .collect(Collectors.joining("/"))
                : "(failed)";
        return String.format(Locale.ROOT, "  %-34s moved %-14s %s", policy,
                meanAndInterval(estimate(result, "devices-moved")), split);
    }

    /** The failover experiment's figures. */
    static String failover(PlatformExperiment.Result result) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Failover: %s, %d replications%n", result.scenario().name(),
                result.replications().size()));
        if (result.replications().get(0) instanceof ReplicationResult.Succeeded<PlatformOutcome> first) {
            text.append("  devices per gateway at the end (replication 0): ")
                    .append(first.value().assignedPerGateway()).append('\n');
        }
        for (String metric : new String[] {"failover-recovery-mean", "failover-recovery-p95", "devices-moved",
                "imbalance-max-minus-min", "stuck-devices"}) {
            MetricEstimate e = estimate(result, metric);
            text.append(String.format(Locale.ROOT, "  %-26s %s %s%n", metric, meanAndInterval(e), e.unit()));
        }
        return text.append('\n').toString();
    }

    /**
     * An autoscaling scenario's figures, and the replica trajectory of replication 0 every
     * {@code step}: what the HPA wanted, what was ready, and its usage ratio.
     */
    static String autoscaling(PlatformExperiment.Result result, long stepNanos) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "  %s, %d replications%n", result.scenario().name(),
                result.replications().size()));
        for (String metric : new String[] {"replicas-max", "replica-seconds", "first-scale-up", "scaling-events",
            "time-above-latency-target", "message-response-p95"}) {
            MetricEstimate e = estimate(result, metric);
            text.append(String.format(Locale.ROOT, "    %-26s %s %s%n", metric, meanAndInterval(e), e.unit()));
        }
        if (result.replications().get(0) instanceof ReplicationResult.Succeeded<PlatformOutcome> first
                && first.value().autoscaling().isPresent()) {
            AutoscalingOutcome scaling = first.value().autoscaling().get();
            text.append("    replication 0, every ").append(stepNanos / 1_000_000_000L)
                    .append(String.format(" s: time, replicas desired / ready, usage ratio of the first metric%n"));
            StringBuilder row = new StringBuilder("     ");
            int column = 0;
            for (ReplicaSample sample : scaling.samples()) {
                if (sample.timeNanos() % stepNanos != 0) {
                    continue;
                }
                row.append(String.format(Locale.ROOT, " %5.0fs %2d/%-2d %4.2f |", sample.timeNanos() / 1e9,
                        sample.desired(), sample.ready(), sample.metric()));
                if (++column % 5 == 0) {
                    text.append(row).append('\n');
                    row = new StringBuilder("     ");
                }
            }
            if (column % 5 != 0) {
                text.append(row).append('\n');
            }
        }
        return text.toString();
    }

    private static MetricEstimate estimate(PlatformExperiment.Result result, String metric) {
        return result.summary().stream().filter(e -> e.metric().equals(metric)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no metric " + metric + " in the summary"));
    }

    private static String meanAndInterval(MetricEstimate e) {
        if (e.n() == 0) {
            return "—";
        }
        return Double.isNaN(e.halfWidth()) ? String.format(Locale.ROOT, "%.2f", e.mean())
                : String.format(Locale.ROOT, "%.2f ± %.2f", e.mean(), e.halfWidth());
    }
}
