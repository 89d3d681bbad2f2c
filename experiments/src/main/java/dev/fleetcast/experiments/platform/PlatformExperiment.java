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
                (replication, replicationSeed) -> new PlatformRun(scenario, new RandomStreams(replicationSeed),
                        new Engine(), keep).run(),
                progress);
        return new Result(scenario, seed, results, summarise(results, scenario.load().isPresent(), scenario.autoscaling().isPresent()));
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
