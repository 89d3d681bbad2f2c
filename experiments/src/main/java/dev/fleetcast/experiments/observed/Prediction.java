package dev.fleetcast.experiments.observed;

import dev.fleetcast.experiments.platform.PlatformExperiment;
import dev.fleetcast.experiments.run.ReplicationResult;
import dev.fleetcast.experiments.run.ReplicationRunner;
import dev.fleetcast.formats.result.PlatformResultFile;
import dev.fleetcast.model.metrics.DurationMetric;
import dev.fleetcast.model.metrics.MetricCatalogue;
import dev.fleetcast.model.result.LatencySummary;
import dev.fleetcast.model.result.PlatformOutcome;
import dev.fleetcast.model.scenario.GatewaySpec;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.model.trace.GatewaySeries;
import dev.fleetcast.sim.platform.PlatformRun;
import dev.fleetcast.sim.stats.LatencySummaries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A prediction: the figures ({@link RunFigures}) of each of N replications of one scenario, made
 * now on the replication runner or read back from a {@code fleetcast run} result directory.
 *
 * @param description for people: {@code "simulated now"}, or the directory read
 * @param seed the scenario seed the replications' seeds derive from
 * @param replications each successful replication's figures, in replication order (at least one)
 * @param failed replications that failed and are left out
 */
public record Prediction(String description, long seed, List<RunFigures> replications, int failed) {

    public Prediction {
        Objects.requireNonNull(description, "description");
        replications = List.copyOf(replications);
        if (replications.isEmpty()) {
            throw new IllegalArgumentException("a prediction needs at least one successful replication");
        }
        if (failed < 0) {
            throw new IllegalArgumentException("failed replications must be 0 or more, was " + failed);
        }
    }

    /**
     * Runs {@code replications} replications of {@code scenario} from {@code seed} on {@code runner}
     * (replication r with the seed a {@code fleetcast run} of the same scenario and seed gives it).
     */
    public static Prediction simulate(PlatformScenario scenario, long seed, int replications, ReplicationRunner runner,
            ReplicationRunner.Progress progress) {
        return of(PlatformExperiment.run(scenario, seed, replications, runner, PlatformRun.Keep.NOTHING, progress));
    }

    /** The prediction of an experiment already run (its failed replications are counted and left out). */
    public static Prediction of(PlatformExperiment.Result result) {
        Set<String> inService = RunFigures.inServiceAtEnd(result.scenario());
        List<String> gateways = result.scenario().gateways().stream().map(GatewaySpec::name).toList();
        List<RunFigures> figures = new ArrayList<>();
        int failed = 0;
        for (ReplicationResult<PlatformOutcome> replication : result.replications()) {
            if (replication instanceof ReplicationResult.Succeeded<PlatformOutcome> succeeded) {
                figures.add(of(succeeded.value(), gateways, inService));
            } else {
                failed++;
            }
        }
        if (figures.isEmpty()) {
            throw new IllegalArgumentException("every one of the " + result.replications().size() + " replications of "
                    + result.scenario().name() + " failed; there is no prediction to compare with");
        }
        return new Prediction("simulated now", result.seed(), figures, failed);
    }

    /**
     * The prediction held by a {@code fleetcast run} result directory's replication files, measured
     * for {@code scenario} (which says which gateways are in service at the end).
     *
     * @param description for people, usually the directory
     * @throws IllegalArgumentException if there are no files or they come from different scenario seeds
     */
    public static Prediction of(String description, List<PlatformResultFile> files, PlatformScenario scenario) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException(description + ": no replication results to predict from");
        }
        List<Long> seeds = files.stream().map(PlatformResultFile::scenarioSeed).distinct().toList();
        if (seeds.size() > 1) {
            throw new IllegalArgumentException(description + ": replications of different scenario seeds " + seeds
                    + "; a prediction is one seed's replications");
        }
        Set<String> inService = RunFigures.inServiceAtEnd(scenario);
        List<RunFigures> figures = new ArrayList<>();
        for (PlatformResultFile file : files) {
            Map<DurationMetric, LatencySummary> durations = new LinkedHashMap<>();
            durations.put(MetricCatalogue.ENROLLMENT_LATENCY, file.enrollmentLatency());
            durations.put(MetricCatalogue.DETECTION_TIME, file.detectionTime());
            durations.put(MetricCatalogue.FAILOVER_RECOVERY, file.failoverRecovery());
            figures.add(RunFigures.of(durations, OptionalLong.of(file.devicesMoved()), file.samples().last(),
                    inService));
        }
        return new Prediction(description, seeds.get(0), figures, 0);
    }

    /** One simulated replication's figures, by the definitions an observed run's are measured with. */
    static RunFigures of(PlatformOutcome outcome, List<String> gateways, Set<String> inService) {
        Map<DurationMetric, LatencySummary> durations = new LinkedHashMap<>();
        durations.put(MetricCatalogue.ENROLLMENT_LATENCY, LatencySummaries.of(outcome.enrollmentLatencies()));
        durations.put(MetricCatalogue.DETECTION_TIME, LatencySummaries.of(outcome.detectionTimes()));
        durations.put(MetricCatalogue.FAILOVER_RECOVERY, LatencySummaries.of(outcome.failoverRecoveries()));
        GatewaySeries samples = new GatewaySeries(gateways, outcome.samples());
        return RunFigures.of(durations, OptionalLong.of(outcome.devicesMoved()), samples.last(), inService);
    }
}
