package dev.fleetcast.experiments.plan;

import dev.fleetcast.experiments.platform.PlatformExperiment;
import dev.fleetcast.experiments.platform.ReplicationMetrics;
import dev.fleetcast.experiments.run.ReplicationResult;
import dev.fleetcast.experiments.run.ReplicationRunner;
import dev.fleetcast.model.result.PlatformOutcome;
import dev.fleetcast.model.scenario.Fault;
import dev.fleetcast.model.scenario.GatewaySpec;
import dev.fleetcast.model.scenario.Objective;
import dev.fleetcast.model.scenario.PlanSettings;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.sim.platform.PlatformRun;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * Finds the smallest number of gateways for which every objective holds in a run with
 * probability at least 1 − risk, with the stated confidence.
 *
 * <p>For a candidate count, replications run in batches; each objective's violations k of n
 * runs give a one-sided Clopper–Pearson upper bound on its violation probability (the
 * {@code confidence} quantile of Beta(k + 1, n − k)). A candidate meets the plan when every
 * bound is at most {@code risk} after all its replications; it is rejected as soon as the
 * violations seen make that impossible (sequential: a clearly too-small fleet costs one batch).
 * More gateways never hurt the objectives here, so a binary search between the plan's bounds
 * finds the smallest count that meets it; the count just below is always evaluated too, so
 * the evidence shows why it was not enough. Every candidate uses the same seeds (common
 * random numbers), so candidates differ by their gateways, not by luck.
 *
 * <p>A run with devices left unenrolled (stuck) violates every enrollment objective: those
 * devices' latency is unbounded. A metric a run does not measure (no failover happened)
 * violates nothing.
 */
public final class CapacityPlanner {

    private static final int BATCH = 20;

    /**
     * One objective at one candidate.
     *
     * @param violations runs that violated it
     * @param runs runs made
     * @param estimate violations / runs
     * @param upperBound the one-sided upper confidence bound of the violation probability
     */
    public record Evidence(Objective objective, int violations, int runs, double estimate, double upperBound) {
    }

    /** A candidate gateway count and the evidence for or against it. */
    public record Candidate(int gateways, List<Evidence> evidence, boolean meets) {
    }

    /**
     * @param answer the smallest count that meets the plan, or empty when even the largest does not
     * @param candidates every count evaluated, ascending
     */
    public record Plan(OptionalInt answer, List<Candidate> candidates) {
    }

    /** Told after every replication. */
    public interface Progress {
        void finished(int gateways, int done, int total);
    }

    private final PlatformScenario base;
    private final PlanSettings settings;
    private final long seed;
    private final ReplicationRunner runner;
    private final Progress progress;
    private final Map<Integer, Candidate> evaluated = new TreeMap<>();

    public CapacityPlanner(PlatformScenario base, PlanSettings settings, long seed, ReplicationRunner runner,
            Progress progress) {
        this.base = base;
        this.settings = settings;
        this.seed = seed;
        this.runner = runner;
        this.progress = progress;
    }

    /** Searches the plan's range. */
    public Plan plan() {
        int low = settings.fromGateways();
        int high = settings.toGateways();
        if (!evaluate(high).meets()) {
            return new Plan(OptionalInt.empty(), candidates());
        }
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (evaluate(middle).meets()) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        if (high > settings.fromGateways()) {
            evaluate(high - 1);
        }
        return new Plan(OptionalInt.of(high), candidates());
    }

    private List<Candidate> candidates() {
        return evaluated.values().stream().sorted(Comparator.comparingInt(Candidate::gateways)).toList();
    }

    /** Evaluates {@code gateways} (once; later calls return the same evidence). */
    public Candidate evaluate(int gateways) {
        Candidate known = evaluated.get(gateways);
        if (known != null) {
            return known;
        }
        PlatformScenario scenario = withGateways(base, gateways);
        int total = settings.replications();
        int[] violations = new int[settings.objectives().size()];
        int runs = 0;
        while (runs < total) {
            List<Integer> batch = new ArrayList<>();
            for (int r = runs; r < Math.min(total, runs + BATCH); r++) {
                batch.add(r);
            }
            int offset = runs;
            for (ReplicationResult<PlatformOutcome> result : runner.run(seed, batch, PlatformExperiment.replication(scenario, PlatformRun.Keep.NOTHING), (done, of) -> progress.finished(gateways, offset + done, total))) {
                if (!(result instanceof ReplicationResult.Succeeded<PlatformOutcome> succeeded)) {
                    throw new IllegalStateException(((ReplicationResult.Failed<PlatformOutcome>) result).message());
                }
                Map<String, Double> values = ReplicationMetrics.values(scenario, succeeded.value());
                for (int o = 0; o < violations.length; o++) {
                    if (violated(settings.objectives().get(o), values, succeeded.value())) {
                        violations[o]++;
                    }
                }
            }
            runs += batch.size();
            if (hopeless(violations, total)) {
                break;
            }
        }
        List<Evidence> evidence = new ArrayList<>();
        boolean meets = runs == total;
        for (int o = 0; o < violations.length; o++) {
            double bound = upperBound(violations[o], runs, settings.confidence());
            evidence.add(new Evidence(settings.objectives().get(o), violations[o], runs, violations[o] / (double) runs, bound));
            meets &= bound <= settings.risk();
        }
        Candidate candidate = new Candidate(gateways, evidence, meets);
        evaluated.put(gateways, candidate);
        return candidate;
    }

    /** Whether even no further violation could bring some objective's bound down to the risk. */
    private boolean hopeless(int[] violations, int total) {
        for (int k : violations) {
            if (upperBound(k, total, settings.confidence()) > settings.risk()) {
                return true;
            }
        }
        return false;
    }

    static boolean violated(Objective objective, Map<String, Double> values, PlatformOutcome outcome) {
        if (objective.metric().startsWith("enrollment-latency") && !outcome.stuck().isEmpty()) {
            return true;
        }
        Double value = values.get(objective.metric());
        return value != null && !Double.isNaN(value) && value > objective.max();
    }

    /** One-sided Clopper–Pearson upper bound of a probability seen {@code k} times in {@code n}. */
    static double upperBound(int k, int n, double confidence) {
        if (k >= n) {
            return 1;
        }
        return new BetaDistribution(k + 1, n - k).inverseCumulativeProbability(confidence);
    }

    /**
     * {@code base} with {@code count} gateways named gateway-1 … gateway-count, each like the
     * base's first gateway (its maxDevices, weight and region); faults on gateways that no
     * longer exist are dropped.
     */
    static PlatformScenario withGateways(PlatformScenario base, int count) {
        GatewaySpec template = base.gateways().get(0);
        List<GatewaySpec> gateways = new ArrayList<>();
        for (int g = 1; g <= count; g++) {
            gateways.add(new GatewaySpec("gateway-" + g, template.maxDevices(), template.weight(), template.region()));
        }
        List<Fault> faults = base.faults().stream().filter(f -> gateways.stream()
                .anyMatch(g -> g.name().equals(f.gateway()))).toList();
        return new PlatformScenario(base.name() + "-" + count + "-gateways", base.devices(), base.creation(), gateways,
                base.controller(), base.latencies(), base.heartbeat(), faults, base.durationNanos(),
                base.samplingIntervalNanos(), base.load(), base.autoscaling());
    }
}
