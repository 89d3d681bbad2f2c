package dev.fleetcast.cli;

import dev.fleetcast.experiments.demo.BuiltInScenarios;
import dev.fleetcast.experiments.platform.PlatformExperiment;
import dev.fleetcast.experiments.platform.ReplicationMetric;
import dev.fleetcast.experiments.platform.ReplicationMetrics;
import dev.fleetcast.experiments.run.ReplicationResult;
import dev.fleetcast.experiments.run.ReplicationRunner;
import dev.fleetcast.experiments.stats.PairedComparison;
import dev.fleetcast.formats.scenario.ScenarioFile;
import dev.fleetcast.model.assignment.Policies;
import dev.fleetcast.model.result.PlatformOutcome;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.sim.platform.PlatformRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fleetcast compare SCENARIO --policies A,B}: the scenario under two policies on the same
 * seeds, each metric's difference with its paired confidence interval, and how much narrower
 * it is than an unpaired analysis would give.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares two assignment policies on common random numbers: each metric's mean difference "
                + "(first − second) with its paired 95%% interval, the unpaired (Welch) interval, and the narrowing."})
final class CompareCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "The scenario file.")
    Path scenario;

    @Option(names = "--policies", paramLabel = "A,B", split = ",", required = true,
            description = "Two policies from the catalogue (docs/scenarios.md).")
    List<String> policies;

    @Option(names = "--replications", paramLabel = "N", description = "Replications each (default: the scenario's).")
    Integer replications;

    @Option(names = "--seed", paramLabel = "N", description = "Seed (default: the scenario's).")
    Long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of processors).")
    Integer threads;

    @Override
    public void run() {
        if (policies.size() != 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--policies takes two policies, was " + policies);
        }
        for (String policy : policies) {
            if (Policies.byName(policy, false).isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no policy " + policy + "; allowed: "
                        + Policies.names());
            }
        }
        ScenarioFile file = Scenarios.read(scenario);
        int count = replications != null ? replications : file.replications();
        if (count < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--replications must be at least 2, was " + count);
        }
        long runSeed = seed != null ? seed : file.seed();
        ReplicationRunner runner = new ReplicationRunner(threads != null ? Math.max(1, threads)
                : Runtime.getRuntime().availableProcessors());
        PlatformScenario a = BuiltInScenarios.withPolicy(file.scenario(), policies.get(0));
        PlatformScenario b = BuiltInScenarios.withPolicy(file.scenario(), policies.get(1));
        List<PlatformOutcome> outcomesA = run(a, runSeed, count, runner);
        List<PlatformOutcome> outcomesB = run(b, runSeed, count, runner);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s: %s (A) against %s (B), %d replications on the same seeds (scenario seed %d)%n",
                file.scenario().name(), policies.get(0), policies.get(1), count, runSeed);
        out.printf(Locale.ROOT, "  %-26s %-10s %12s %12s %12s %12s %12s %9s%n", "metric", "unit", "mean A", "mean B",
                "A − B", "± paired", "± unpaired", "narrower");
        for (ReplicationMetric metric : ReplicationMetrics.of(a.load().isPresent(), a.autoscaling().isPresent())) {
            PairedComparison c = PairedComparison.of(outcomesA.stream().mapToDouble(metric.value()).toArray(),
                    outcomesB.stream().mapToDouble(metric.value()).toArray(), 0.95);
            if (c.n() == 0) {
                continue;
            }
            out.printf(Locale.ROOT, "  %-26s %-10s %12.4g %12.4g %12.4g %12.4g %12.4g %9s%n", metric.name(),
                    metric.unit(), c.meanA(), c.meanB(), c.difference(), c.pairedHalfWidth(), c.unpairedHalfWidth(),
                    Double.isNaN(c.narrowing()) ? "—" : String.format(Locale.ROOT, "%.1f×", c.narrowing()));
        }
        out.flush();
    }

    private List<PlatformOutcome> run(PlatformScenario scenario, long seed, int count, ReplicationRunner runner) {
        List<ReplicationResult<PlatformOutcome>> results = runner.run(seed, count, PlatformExperiment.replication(scenario, PlatformRun.Keep.NOTHING),
                new ProgressBar(spec.commandLine().getErr(), scenario.name()));
        for (ReplicationResult<PlatformOutcome> result : results) {
            if (result instanceof ReplicationResult.Failed<PlatformOutcome> failed) {
                throw new ReplicationsFailedException(failed.message());
            }
        }
        return results.stream().map(r -> ((ReplicationResult.Succeeded<PlatformOutcome>) r).value()).toList();
    }
}
