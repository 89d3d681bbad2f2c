package dev.fleetcast.cli;

import dev.fleetcast.calibration.Calibrator;
import dev.fleetcast.experiments.demo.BuiltInScenarios;
import dev.fleetcast.experiments.demo.DemoStudy;
import dev.fleetcast.experiments.demo.ExampleCalibration;
import dev.fleetcast.experiments.demo.ExampleTrace;
import dev.fleetcast.experiments.inverse.InverseCalibration;
import dev.fleetcast.experiments.inverse.ObservedSplit;
import dev.fleetcast.experiments.inverse.Prior;
import dev.fleetcast.experiments.platform.PlatformExperiment;
import dev.fleetcast.experiments.run.ReplicationRunner;
import dev.fleetcast.formats.output.ResultFiles;
import dev.fleetcast.formats.result.GatewayCountsCsv;
import dev.fleetcast.formats.result.RunInfoJson;
import dev.fleetcast.formats.result.SteadyCreationResultJson;
import dev.fleetcast.formats.scenario.ScenarioFile;
import dev.fleetcast.model.result.SteadyCreationResult;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.reports.Reports;
import dev.fleetcast.sim.platform.PlatformRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code fleetcast demo}: runs the built-in default study and writes everything it produces
 * under one directory.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs the built-in default study and writes everything under one directory:",
                "  steady-creation/  100 devices created one per second, round-robin over 5 gateways;",
                "  calibration/      fleetcast calibrate on the reconstructed example traces: the built-in calibration;",
                "  infer/            inverse calibration against the reported least-connections splits (fleetcast infer);",
                "  enrollment/       WASMBED's enrollment experiment (40/2, 60/3, 100/5 devices/gateways) under "
                        + "first-available, preferred-hash-mod-n, naive and ledger least-connections;",
                "  failover-100-5/   100 devices on 5 gateways, gateway-1 deleted: recovery-time distribution;",
                "  gateway-joins/    a third gateway joins 60 devices on 2: devices moved per policy, within a move budget;",
                "  gateway-leaves/   one of 3 gateways is deleted under 60 devices: devices moved per policy;",
                "  autoscaling/      WASMBED's gateway HPA scaling gateway-1's replicas under a ramp and a spike;",
                "  report/           the report bundle of all of the above: report.html, report.md, report.tex, figures/;",
                "  run-info.json     wall time and host (the only file that differs between runs)."})
final class DemoCommand implements Runnable {

    private static final int[][] SIZES = {{40, 2}, {60, 3}, {100, 5}};

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "fleetcast-out/demo",
            description = "Directory to write into, created if missing (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + DemoStudy.DEFAULT_SEED,
            description = "Seed of the steady-creation study; the built-in scenarios carry their own seeds "
                    + "(default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the number of processors). Results do not depend on it.")
    Integer threads;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String version = FleetcastVersion.get();
        ResultFiles root = ResultFiles.in(output); // fail on a bad path before running anything
        ReplicationRunner runner = new ReplicationRunner(threads != null ? Math.max(1, threads)
                : Runtime.getRuntime().availableProcessors());
        Instant started = Instant.now();
        long startNanos = System.nanoTime();

        SteadyCreationResult steady = DemoStudy.run(DemoStudy.defaultFleet(), seed);
        ResultFiles steadyFiles = ResultFiles.in(output.resolve("steady-creation"));
        steadyFiles.write("result.json", new SteadyCreationResultJson().write(steady, version));
        steadyFiles.write("gateway-counts.csv", GatewayCountsCsv.write(steady.outcome()));
        out.print(DemoSummary.format(steady));

        out.println("Calibration: fleetcast calibrate on the reconstructed example traces (experiments/data)");
        Calibrator.Result calibration = ExampleCalibration.calibrate();
        String calibrationFile = ExampleCalibration.write(calibration);
        ResultFiles.in(output.resolve("calibration")).write("calibration.yaml", calibrationFile);
        out.print(CalibrateCommand.table(calibration, List.of()).lines().filter(l -> !l.startsWith("note:"))
                .map(l -> "  " + l + "\n").reduce("", String::concat));
        out.println(calibrationFile.equals(ExampleCalibration.builtIn())
                ? "  identical to " + ExampleCalibration.BUILT_IN + ", which the enrollment and failover scenarios below use"
                : "  DIFFERS from the built-in " + ExampleCalibration.BUILT_IN + ": the scenarios below use the built-in one");
        out.println();

        List<String> failures = new ArrayList<>();
        out.println("Enrollment: devices per gateway in replication 0, and the spread (max - min) as mean ± 95% CI");
        for (String name : BuiltInScenarios.ENROLLMENT) {
            ScenarioFile file = BuiltInScenarios.load(name);
            out.println("  " + name + " (" + file.scenario().controller().discipline().name() + " discipline, "
                    + file.replications() + " replications)");
            for (int[] size : SIZES) {
                PlatformScenario scenario = BuiltInScenarios.resized(file.scenario(), size[0], size[1]);
                PlatformExperiment.Result result = PlatformExperiment.run(scenario, file.seed(), file.replications(),
                        runner, PlatformRun.Keep.NOTHING, new ProgressBar(err, scenario.name()));
                failures.addAll(ExperimentFiles.write(ResultFiles.in(output.resolve("enrollment").resolve(scenario.name())),
                        result, version).failures());
                out.println(DemoSummary.enrollmentLine(size[0], size[1], result));
            }
        }
        out.println();

        out.println("Inverse calibration (fleetcast infer, its defaults): the unobserved knobs that reproduce the reported "
                + "least-connections splits");
        InverseCalibration.Report inferred = InverseCalibration.run(
                BuiltInScenarios.load("enrollment-least-connections-naive").scenario(),
                ObservedSplit.WASMBED_LEAST_CONNECTIONS.subList(0, 2), ObservedSplit.WASMBED_LEAST_CONNECTIONS.subList(2, 3),
                new InverseCalibration.Settings(InferCommand.DRAWS, InferCommand.REPLICATIONS, InferCommand.ACCEPT,
                        InferCommand.SEED, Prior.DEFAULT), runner,
                new ProgressBar(err, "infer")::finished);
        String inference = InferCommand.describe(inferred);
        ResultFiles.in(output.resolve("infer")).write("report.txt", inference);
        out.print(inference.lines().filter(l -> !l.startsWith("  0.") && !l.startsWith("Kept parameter"))
                .map(l -> "  " + l + "\n").reduce("", String::concat));
        out.println();

        ScenarioFile failover = BuiltInScenarios.load(BuiltInScenarios.FAILOVER);
        PlatformExperiment.Result result = PlatformExperiment.run(failover.scenario(), failover.seed(),
                failover.replications(), runner, PlatformRun.Keep.NOTHING,
                new ProgressBar(err, failover.scenario().name()));
        failures.addAll(ExperimentFiles.write(ResultFiles.in(output.resolve(failover.scenario().name())), result,
                version).failures());
        out.print(DemoSummary.failover(result));
        liveStandIn(failover, output.resolve(failover.scenario().name()), out, err);

        failures.addAll(membershipChange("A gateway joins", BuiltInScenarios.GATEWAY_JOINS, "gateway-joins", runner,
                version));
        failures.addAll(membershipChange("A gateway leaves", BuiltInScenarios.GATEWAY_LEAVES, "gateway-leaves", runner,
                version));

        out.println("Autoscaling: WASMBED's gateway HPA (CPU 70%, memory 80%, 2-10 replicas) on gateway-1's Deployment;"
                + " mean ± 95% CI");
        for (String name : BuiltInScenarios.AUTOSCALING) {
            ScenarioFile file = BuiltInScenarios.load(name);
            PlatformExperiment.Result scaled = PlatformExperiment.run(file.scenario(), file.seed(), file.replications(),
                    runner, PlatformRun.Keep.NOTHING, new ProgressBar(err, name));
            failures.addAll(ExperimentFiles.write(ResultFiles.in(output.resolve("autoscaling").resolve(name)), scaled,
                    version).failures());
            out.print(DemoSummary.autoscaling(scaled, 120_000_000_000L));
        }
        out.println();

        root.write("run-info.json", new RunInfoJson().write(
                RunInfos.describe(version, started, (System.nanoTime() - startNanos) / 1e9)));
        failures.forEach(f -> err.println("fleetcast: " + f));
        out.println("Writing the report (figures at 300 dpi and as PDF; Markdown, HTML and LaTeX) …");
        out.flush();
        Path report = Reports.write(List.of(root.directory()), root.directory().resolve("report"));
        out.println("Output written to " + root.directory().toAbsolutePath().normalize());
        out.println("Report: " + report.toAbsolutePath().normalize());
        out.flush();
        if (!failures.isEmpty()) {
            throw new ReplicationsFailedException(failures.size() + " replications failed; see above");
        }
    }

    /** Runs a membership-change scenario under each compared policy and prints the moves. */
    /**
     * Predicted versus observed on the example trace: the failover scenario as the stand-in played it
     * (a recording shipped with fleetcast), placed in the failover prediction just made — read from
     * its result directory, so the report shows one failover study, not two.
     */
    private void liveStandIn(ScenarioFile failover, Path prediction, PrintWriter out, PrintWriter err) {
        out.println("Predicted versus observed (" + ExampleTrace.LABEL + "): " + ExampleTrace.SCENARIO
                + " recorded by `fleetcast live run --stand-in` (real gateways, controllers and device agents on "
                + "127.0.0.1, fabric8's mock API server; not a cluster)");
        ResultFiles files = ResultFiles.in(output.resolve("live-stand-in"));
        Path trace = files.write("trace.json", ExampleTrace.text());
        LiveComparisonRun.Written written = LiveComparisonRun.write(trace, failover,
                new LiveComparisonRun.Options(failover.seed(), failover.replications(), 1, Optional.of(prediction),
                        ExampleTrace.LABEL),
                files, ReplicationRunner.Progress.SILENT, line -> err.println("fleetcast: " + line), false);
        out.print(LiveCompareCommand.table(written.comparison()).lines().map(l -> "  " + l + "\n")
                .reduce("", String::concat));
        out.println("  Read it as a demonstration of the comparison: the stand-in has no device pods to start (agents "
                + "connect as soon as they are assigned) and its controller sees a deleted gateway at once, so "
                + "enrollment and failover recovery fall far below the cluster's predicted bands; where the two agree "
                + "by construction (devices moved, the final split) they do.");
        out.println();
    }

    private List<String> membershipChange(String title, String name, String directory, ReplicationRunner runner,
            String version) {
        PrintWriter out = spec.commandLine().getOut();
        ScenarioFile file = BuiltInScenarios.load(name);
        out.println(title + ": " + file.scenario().name() + ", rebalancing at most "
                + file.scenario().controller().rebalance().orElseThrow().maxMoves() + " devices per interval, "
                + file.replications() + " replications; devices moved (mean ± 95% CI) and devices per gateway at the end");
        List<String> failures = new ArrayList<>();
        for (String policy : BuiltInScenarios.JOIN_POLICIES) {
            PlatformScenario scenario = BuiltInScenarios.withPolicy(file.scenario(), policy);
            PlatformExperiment.Result result = PlatformExperiment.run(scenario, file.seed(), file.replications(),
                    runner, PlatformRun.Keep.NOTHING, new ProgressBar(spec.commandLine().getErr(), scenario.name()));
            failures.addAll(ExperimentFiles.write(ResultFiles.in(output.resolve(directory).resolve(scenario.name())),
                    result, version).failures());
            out.println(DemoSummary.joinLine(policy, result));
        }
        out.println();
        return failures;
    }
}
