package dev.fleetcast.experiments.sweep;

import dev.fleetcast.experiments.platform.PlatformExperiment;
import dev.fleetcast.experiments.platform.ReplicationMetric;
import dev.fleetcast.experiments.platform.ReplicationMetrics;
import dev.fleetcast.experiments.run.ReplicationResult;
import dev.fleetcast.experiments.run.ReplicationRunner;
import dev.fleetcast.experiments.stats.ConfidenceInterval;
import dev.fleetcast.formats.output.ResultFiles;
import dev.fleetcast.formats.result.PlatformResultJson;
import dev.fleetcast.formats.result.ReplicationMetricsFile;
import dev.fleetcast.formats.result.RunSummary;
import dev.fleetcast.formats.scenario.SweepCell;
import dev.fleetcast.model.result.MetricEstimate;
import dev.fleetcast.model.result.PlatformOutcome;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.sim.kernel.Engine;
import dev.fleetcast.sim.platform.PlatformRun;
import dev.fleetcast.sim.random.RandomStreams;
import dev.fleetcast.sim.stats.LatencySummaries;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a sweep: for every cell, the replications not yet on disk. Each replication writes its
 * result file ({@code <cell>/replication-NNN.json}, with its metrics) the moment it finishes;
 * a rerun reads the metrics of the files that exist and runs only the rest. Replication r of
 * every cell uses the same seed (common random numbers across cells), and, as always, the
 * same seed whatever the number of threads — so an interrupted and resumed sweep ends with the
 * same files and summaries as one that ran straight through.
 */
public final class SweepRunner {

    /**
     * One cell's outcome.
     *
     * @param cell the cell
     * @param summary each metric's mean and 95% interval over the replications that succeeded
     * @param ran replications run now
     * @param reused replications read back from earlier runs
     * @param failures messages of replications that failed
     */
    public record CellResult(SweepCell cell, List<MetricEstimate> summary, int ran, int reused, List<String> failures) {
    }

    private final ReplicationRunner runner;
    private final String version;

    public SweepRunner(ReplicationRunner runner, String version) {
        this.runner = runner;
        this.version = version;
    }

    /**
     * Runs {@code cells} × {@code replications} into {@code directory} (a folder per cell, and
     * {@code sweep-summary.csv}).
     *
     * @param progress told after every run, counting runs read back as done
     */
    public List<CellResult> run(List<SweepCell> cells, long seed, int replications, Path directory,
            PlatformRun.Keep keep, ReplicationRunner.Progress progress) {
        ResultFiles root = ResultFiles.in(directory);
        ReplicationMetricsFile reader = new ReplicationMetricsFile();
        int total = cells.size() * replications;
        AtomicInteger done = new AtomicInteger();
        List<CellResult> results = new ArrayList<>();
        for (SweepCell cell : cells) {
            ResultFiles files = ResultFiles.in(directory.resolve(cell.directoryName()));
            PlatformScenario scenario = cell.scenario();
            List<Map<String, Double>> metrics = new ArrayList<>();
            List<Integer> pending = new ArrayList<>();
            for (int r = 0; r < replications; r++) {
                Optional<Map<String, Double>> finished = reader.read(files.directory().resolve(fileName(r)));
                finished.ifPresentOrElse(metrics::add, () -> metrics.add(null));
                if (finished.isEmpty()) {
                    pending.add(r);
                }
            }
            int reused = replications - pending.size();
            progress.finished(done.addAndGet(reused), total);
            List<String> failures = new ArrayList<>();
            if (!pending.isEmpty()) {
                PlatformResultJson writer = new PlatformResultJson(LatencySummaries::of);
                List<ReplicationResult<Map<String, Double>>> ran = runner.run(seed, pending, (replication, replicationSeed) -> {
                    PlatformOutcome outcome = new PlatformRun(scenario, new RandomStreams(replicationSeed), new Engine(),
                            keep).run();
                    Map<String, Double> values = ReplicationMetrics.values(scenario, outcome);
                    files.write(fileName(replication), writer.write(scenario, seed, replication, replicationSeed,
                            outcome, version, values));
                    return values;
                }, (finished, of) -> progress.finished(done.incrementAndGet(), total));
                for (ReplicationResult<Map<String, Double>> result : ran) {
                    if (result instanceof ReplicationResult.Succeeded<Map<String, Double>> succeeded) {
                        metrics.set(succeeded.replication(), succeeded.value());
                    } else {
                        failures.add(((ReplicationResult.Failed<Map<String, Double>>) result).message());
                    }
                }
            }
            List<MetricEstimate> summary = summarise(scenario, metrics);
            files.write("summary.csv", RunSummary.csv(summary));
            files.write("summary.json", new RunSummary().json(scenario.name() + " [" + cell.label() + "]", seed,
                    replications, failures, summary, version));
            results.add(new CellResult(cell, summary, pending.size(), reused, failures));
        }
        root.write("sweep-summary.csv", csv(results));
        return results;
    }

    private static String fileName(int replication) {
        return String.format(Locale.ROOT, "replication-%03d.json", replication);
    }

    /** Each metric's estimate over the replications with values (failed ones are left out). */
    private static List<MetricEstimate> summarise(PlatformScenario scenario, List<Map<String, Double>> metrics) {
        List<MetricEstimate> summary = new ArrayList<>();
        for (ReplicationMetric metric : ReplicationMetrics.of(scenario.load().isPresent(),
                scenario.autoscaling().isPresent())) {
            double[] values = metrics.stream().filter(m -> m != null && m.containsKey(metric.name()))
                    .mapToDouble(m -> m.get(metric.name())).toArray();
            ConfidenceInterval ci = ConfidenceInterval.of(values, PlatformExperiment.LEVEL);
            summary.add(new MetricEstimate(metric.name(), metric.unit(), ci.n(), ci.mean(), ci.halfWidth(),
                    PlatformExperiment.LEVEL));
        }
        return summary;
    }

    /** One row per cell: the axes' values, then each metric's mean and interval. */
    static String csv(List<CellResult> results) {
        if (results.isEmpty()) {
            return "";
        }
        StringBuilder csv = new StringBuilder(String.join(",", results.get(0).cell().values().keySet().stream()
                .map(SweepRunner::field).toList()));
        for (MetricEstimate e : results.get(0).summary()) {
            csv.append(',').append(e.metric()).append("_mean,").append(e.metric()).append("_ci_low,")
                    .append(e.metric()).append("_ci_high");
        }
        csv.append(",replications\n");
        for (CellResult result : results) {
            csv.append(String.join(",", result.cell().values().values().stream().map(SweepRunner::field).toList()));
            for (MetricEstimate e : result.summary()) {
                csv.append(',').append(number(e.mean())).append(',').append(number(e.mean() - e.halfWidth()))
                        .append(',').append(number(e.mean() + e.halfWidth()));
            }
            csv.append(',').append(result.summary().isEmpty() ? 0 : result.summary().get(0).n()).append('\n');
        }
        return csv.toString();
    }

    /** A CSV field: quoted when it holds a comma or a quote (a distribution spec does). */
    private static String field(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "" : String.format(Locale.ROOT, "%.6g", value);
    }
}
