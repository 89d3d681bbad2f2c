package dev.fleetcast.cli;

import dev.fleetcast.experiments.platform.PlatformExperiment;
import dev.fleetcast.experiments.sweep.SweepRunner;
import dev.fleetcast.experiments.run.ReplicationRunner;
import dev.fleetcast.formats.output.ResultFiles;
import dev.fleetcast.formats.result.InputFile;
import dev.fleetcast.formats.result.RunInfoJson;
import dev.fleetcast.formats.scenario.ScenarioFile;
import dev.fleetcast.model.result.MetricEstimate;
import dev.fleetcast.sim.platform.PlatformRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fleetcast run}: a scenario × N replications, one result file each and a summary. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a scenario's replications in parallel and writes one result per replication "
                + "(replication-NNN.json, identical bytes for the same scenario and seed), summary.csv and "
                + "summary.json (each metric's mean and 95%% confidence interval) and run-info.json."})
final class RunCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "The scenario file (YAML); see docs/scenarios.md.")
    Path scenario;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Directory to write into (default: fleetcast-out/<scenario name>).")
    Path output;

    @Option(names = "--seed", paramLabel = "N", description = "Overrides the scenario's seed.")
    Long seed;

    @Option(names = "--replications", paramLabel = "N", description = "Overrides the scenario's replication count.")
    Integer replications;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the number of processors). Results do not depend on it.")
    Integer threads;

    @Option(names = "--json", description = "Print summary.json to standard output instead of a table.")
    boolean json;

    @Option(names = "--timelines", description = "Include every device's timeline in the result files (large).")
    boolean timelines;

    @Option(names = "--decisions", description = "Include the decision log in the result files (large).")
    boolean decisions;

    @Option(names = "--precision", paramLabel = "R",
            description = "Sequential replication: add replications until every metric's 95%% half-width is at most "
                    + "R times its mean (e.g. 0.05), starting from --replications, up to --max-replications.")
    Double precision;

    @Option(names = "--max-replications", paramLabel = "N", defaultValue = "200",
            description = "The cap for --precision (default: ${DEFAULT-VALUE}).")
    int maxReplications;

    @Override
    public void run() {
        ScenarioFile file = Scenarios.read(scenario);
        long runSeed = seed != null ? seed : file.seed();
        int count = replications != null ? replications : file.replications();
        if (count < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--replications must be at least 1, was " + count);
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, was " + workers);
        }
        Path directory = output != null ? output : Path.of("fleetcast-out", file.scenario().name());
        ResultFiles files = ResultFiles.in(directory);
        String version = FleetcastVersion.get();
        Instant started = Instant.now();
        long startNanos = System.nanoTime();
        if (file.isSweep()) {
            runSweep(file, runSeed, count, workers, files, version);
            files.write("run-info.json", new RunInfoJson().write(
                    RunInfos.describe(version, started, (System.nanoTime() - startNanos) / 1e9, inputs(file))));
            return;
        }

        if (precision != null && (!(precision > 0) || count < 2 || maxReplications < count)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--precision needs a positive value, at least 2 "
                    + "--replications and --max-replications of at least --replications");
        }
        PlatformExperiment.Result result = precision == null
                ? PlatformExperiment.run(file.scenario(), runSeed, count, new ReplicationRunner(workers),
                        new PlatformRun.Keep(timelines, decisions),
                        new ProgressBar(spec.commandLine().getErr(), file.scenario().name()))
                : PlatformExperiment.runToPrecision(file.scenario(), runSeed, count, maxReplications, precision,
                        new ReplicationRunner(workers), new PlatformRun.Keep(timelines, decisions),
                        new ProgressBar(spec.commandLine().getErr(), file.scenario().name()));
        if (precision != null) {
            List<String> imprecise = PlatformExperiment.imprecise(result.summary(), precision);
            spec.commandLine().getErr().println(imprecise.isEmpty()
                    ? "fleetcast: precision " + precision + " reached with " + result.replications().size() + " replications"
                    : "fleetcast: precision " + precision + " not reached at " + result.replications().size()
                            + " replications for: " + String.join(", ", imprecise));
        }

        ExperimentFiles.Written written = ExperimentFiles.write(files, result, version);
        List<String> failures = written.failures();
        files.write("run-info.json", new RunInfoJson().write(
                RunInfos.describe(version, started, (System.nanoTime() - startNanos) / 1e9, inputs(file))));

        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(written.summaryJson());
        } else {
            out.print(table(file, runSeed, result.replications().size(), result.summary()));
            failures.forEach(f -> spec.commandLine().getErr().println("fleetcast: " + f));
            out.println("Output written to " + files.directory().toAbsolutePath().normalize());
        }
        out.flush();
        if (!failures.isEmpty()) {
            throw new ReplicationsFailedException(failures.size() + " of " + count + " replications failed; see above");
        }
    }

    private static String table(ScenarioFile file, long seed, int count, List<MetricEstimate> summary) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%s: %d replications, seed %d, policy %s, discipline %s%n%n",
                file.scenario().name(), count, seed, file.scenario().controller().policy().name(),
                file.scenario().controller().discipline().name()));
        text.append(String.format(Locale.ROOT, "  %-26s %-10s %4s %12s %12s%n", "metric", "unit", "n", "mean", "± 95% CI"));
        for (MetricEstimate e : summary) {
            text.append(String.format(Locale.ROOT, "  %-26s %-10s %4d %12s %12s%n", e.metric(), e.unit(), e.n(),
                    number(e.mean()), number(e.halfWidth())));
        }
        return text.append('\n').toString();
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.4g", value);
    }

    private List<InputFile> inputs(ScenarioFile file) {
        List<InputFile> inputs = new ArrayList<>();
        inputs.add(new InputFile("scenario", scenario.toString(), file.sha256()));
        file.calibration().ifPresent(c -> inputs.add(new InputFile("calibration", c.file(), c.sha256())));
        return inputs;
    }

    /** Runs every cell of the sweep, resuming from the result files already in the directory. */
    private void runSweep(ScenarioFile file, long runSeed, int count, int workers, ResultFiles files, String version) {
        List<SweepRunner.CellResult> cells = new SweepRunner(new ReplicationRunner(workers), version).run(file.cells(),
                runSeed, count, files.directory(), new PlatformRun.Keep(timelines, decisions),
                new ProgressBar(spec.commandLine().getErr(), file.scenario().name()));
        PrintWriter out = spec.commandLine().getOut();
        int ran = cells.stream().mapToInt(SweepRunner.CellResult::ran).sum();
        int reused = cells.stream().mapToInt(SweepRunner.CellResult::reused).sum();
        out.printf(Locale.ROOT, "%s: %d cells × %d replications, seed %d: %d runs done now, %d read back from earlier%n",
                file.scenario().name(), cells.size(), count, runSeed, ran, reused);
        for (SweepRunner.CellResult cell : cells) {
            cell.failures().forEach(f -> spec.commandLine().getErr().println("fleetcast: " + cell.cell().label() + ": " + f));
        }
        out.println("Summary, a row per cell: " + files.directory().resolve("sweep-summary.csv").toAbsolutePath().normalize());
        out.println("Output written to " + files.directory().toAbsolutePath().normalize());
        if (cells.stream().anyMatch(c -> !c.failures().isEmpty())) {
            throw new ReplicationsFailedException("some replications failed; see above (a rerun retries only them)");
        }
    }
}
