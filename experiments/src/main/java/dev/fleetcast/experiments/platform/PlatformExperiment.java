package dev.fleetcast.experiments.platform;

import dev.fleetcast.experiments.run.ReplicationResult;
import dev.fleetcast.experiments.run.ReplicationRunner;
import dev.fleetcast.experiments.stats.ConfidenceInterval;
import dev.fleetcast.model.result.MetricEstimate;
import dev.fleetcast.model.result.PlatformOutcome;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.sim.kernel.Engine;
import dev.fleetcast.sim.platform.PlatformRun;
import dev.fleetcast.sim.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;

/**
 * A platform scenario × N replications on the replication runner, with each metric's mean
 * and 95% confidence interval across the replications that succeeded.
 */
public final class PlatformExperiment {

    /** The confidence level of every summary. */
    public static final double LEVEL = 0.95;

    /**
     * What an experiment produced.
     *
     * @param scenario what was run
     * @param seed the scenario seed from which replication seeds derive
     * @param replications each replication's outcome or failure, in replication order
     * @param summary each metric's estimate, in report order
     */
    public record Result(PlatformScenario scenario, long seed, List<ReplicationResult<PlatformOutcome>> replications,
            List<MetricEstimate> summary) {
    }

    private PlatformExperiment() {
    }

    /** Runs {@code replications} replications of {@code scenario} on {@code runner}. */
    public static Result run(PlatformScenario scenario, long seed, int replications, ReplicationRunner runner,
            PlatformRun.Keep keep, ReplicationRunner.Progress progress) {
        List<ReplicationResult<PlatformOutcome>> results = runner.run(seed, replications,
                replication(scenario, keep),
                progress);
        return new Result(scenario, seed, results, summarise(results, scenario.load().isPresent(), scenario.autoscaling().isPresent()));
    }

    /** One replication of {@code scenario} on a fresh engine, as every runner of platform runs does it. */
    public static ReplicationRunner.Task<PlatformOutcome> replication(PlatformScenario scenario, PlatformRun.Keep keep) {
        return (replication, replicationSeed) -> new PlatformRun(scenario, new RandomStreams(replicationSeed), new Engine(),
                keep).run();
    }

    /**
     * Sequential replication: runs {@code initial} replications, then more in batches (half the
     * initial count, at least 2) until every metric with a non-zero mean has a relative
     * half-width ({@code halfWidth / |mean|}) of at most {@code precision}, or {@code max}
     * replications are done. Replication r has the same seed as in a fixed-count run, so the
     * result equals {@link #run} with the final count.
     */
    public static Result runToPrecision(PlatformScenario scenario, long seed, int initial, int max, double precision,
            ReplicationRunner runner, PlatformRun.Keep keep, ReplicationRunner.Progress progress) {
        if (initial < 2 || max < initial || !(precision > 0)) {
            throw new IllegalArgumentException("need 2 <= initial <= max and a positive precision, were " + initial
                    + ", " + max + ", " + precision);
        }
        List<ReplicationResult<PlatformOutcome>> results = new ArrayList<>();
        int step = Math.max(2, initial / 2);
        int next = initial;
        while (true) {
            List<Integer> batch = new ArrayList<>();
            for (int r = results.size(); r < next; r++) {
                batch.add(r);
            }
            results.addAll(runner.run(seed, batch, replication(scenario, keep), progress));
            List<MetricEstimate> summary = summarise(results, scenario.load().isPresent(),
                    scenario.autoscaling().isPresent());
            if (imprecise(summary, precision).isEmpty() || results.size() >= max) {
                return new Result(scenario, seed, results, summary);
            }
            next = Math.min(max, results.size() + step);
        }
    }

    /** The metrics whose relative half-width exceeds {@code precision} (zero means and undefined ones pass). */
    public static List<String> imprecise(List<MetricEstimate> summary, double precision) {
        List<String> names = new ArrayList<>();
        for (MetricEstimate e : summary) {
            if (e.n() >= 2 && e.mean() != 0 && !Double.isNaN(e.halfWidth())
                    && e.halfWidth() / Math.abs(e.mean()) > precision) {
                names.add(e.metric());
            }
        }
        return names;
    }

    /**
     * Each metric's mean and confidence interval over the successful replications; the
     * message and autoscaling metrics only if the scenario had them.
     */
    public static List<MetricEstimate> summarise(List<ReplicationResult<PlatformOutcome>> results, boolean messages,
            boolean autoscaling) {
        List<PlatformOutcome> outcomes = new ArrayList<>();
        for (ReplicationResult<PlatformOutcome> result : results) {
            if (result instanceof ReplicationResult.Succeeded<PlatformOutcome> succeeded) {
                outcomes.add(succeeded.value());
            }
        }
        List<MetricEstimate> summary = new ArrayList<>();
        for (ReplicationMetric metric : ReplicationMetrics.of(messages, autoscaling)) {
            double[] values = outcomes.stream().mapToDouble(metric.value()).toArray();
            ConfidenceInterval ci = ConfidenceInterval.of(values, LEVEL);
            summary.add(new MetricEstimate(metric.name(), metric.unit(), ci.n(), ci.mean(), ci.halfWidth(), LEVEL));
        }
        return summary;
    }
}
