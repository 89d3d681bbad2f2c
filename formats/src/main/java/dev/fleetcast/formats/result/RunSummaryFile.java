package dev.fleetcast.formats.result;

import dev.fleetcast.model.result.MetricEstimate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A run's summary across replications ({@code summary.json}, kind {@code run-summary}) as
 * {@link RunSummaryReader} reads it back.
 *
 * @param file the file as the reader was given it
 * @param fleetcastVersion the version that wrote it
 * @param scenario the scenario's name
 * @param scenarioSeed the scenario seed the replications' seeds derive from
 * @param replications replications run
 * @param failedReplications one line per replication that failed, saying why
 * @param metrics each metric's mean and confidence interval, in file order (a mean or
 *     half-width the file gives as null is NaN)
 */
public record RunSummaryFile(String file, String fleetcastVersion, String scenario, long scenarioSeed,
        int replications, List<String> failedReplications, List<MetricEstimate> metrics) {

    public RunSummaryFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fleetcastVersion, "fleetcastVersion");
        Objects.requireNonNull(scenario, "scenario");
        failedReplications = List.copyOf(failedReplications);
        metrics = List.copyOf(metrics);
        if (replications < 0) {
            throw new IllegalArgumentException(file + ": replications must be 0 or more, was " + replications);
        }
    }

    /** The estimate of {@code metric}, if the summary has it. */
    public Optional<MetricEstimate> metric(String metric) {
        return metrics.stream().filter(m -> m.metric().equals(metric)).findFirst();
    }
}
