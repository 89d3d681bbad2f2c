package dev.fleetcast.reports.figure;

import dev.fleetcast.formats.result.RunSummaryFile;
import dev.fleetcast.model.result.MetricEstimate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A metric of {@code summary.json} that reports compare across runs, with the words and unit
 * figures and tables show it under. The list is the order in which they appear.
 *
 * @param metric the summary's metric name
 * @param title an axis title, unit in parentheses
 * @param column a short table heading
 */
public record HeadlineMetric(String metric, String title, String column) {

    /** The metrics a report compares, in order. */
    public static final List<HeadlineMetric> ALL = List.of(
            new HeadlineMetric("imbalance-max-minus-min", "Fullest minus emptiest gateway (devices)", "spread (devices)"),
            new HeadlineMetric("enrollment-latency-p95", "P95 enrollment latency (s)", "enrollment P95 (s)"),
            new HeadlineMetric("failover-recovery-mean", "Mean failover recovery (s)", "recovery mean (s)"),
            new HeadlineMetric("devices-moved", "Devices moved (count)", "moved"),
            new HeadlineMetric("api-conflicts", "API write conflicts (count)", "conflicts"),
            new HeadlineMetric("stuck-devices", "Devices not connected at the end (count)", "stuck"),
            new HeadlineMetric("replicas-max", "Most replicas (count)", "replicas max"),
            new HeadlineMetric("replica-seconds", "Replica-seconds (s)", "replica-seconds"),
            new HeadlineMetric("first-scale-up", "First scale-up (s)", "first scale-up (s)"),
            new HeadlineMetric("message-response-p95", "P95 message response time (s)", "response P95 (s)"),
            new HeadlineMetric("time-above-latency-target", "Time above the latency target (s)", "above target (s)"));

    public HeadlineMetric {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(column, "column");
    }

    /** The estimate in {@code summary}, when it has one with a value. */
    public Optional<MetricEstimate> in(RunSummaryFile summary) {
        return summary.metric(metric).filter(m -> m.n() > 0 && !Double.isNaN(m.mean()));
    }
}
