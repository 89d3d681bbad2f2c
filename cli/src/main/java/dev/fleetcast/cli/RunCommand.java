package dev.fleetcast.cli;

import dev.fleetcast.experiments.platform.PlatformExperiment;
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
                + "summary.json (each metric's mean and 95% confidence interval) and run-info.json."})
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

        PlatformExperiment.Result result = PlatformExperiment.run(file.scenario(), runSeed, count,
                new ReplicationRunner(workers), new PlatformRun.Keep(timelines, decisions),
                new ProgressBar(spec.commandLine().getErr(), file.scenario().name()));

        ExperimentFiles.Written written = ExperimentFiles.write(files, result, version);
        List<String> failures = written.failures();
        files.write("run-info.json", new RunInfoJson().write(
                RunInfos.describe(version, started, (System.nanoTime() - startNanos) / 1e9, inputs(file))));

        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(written.summaryJson());
        } else {
            out.print(table(file, runSeed, count, result.summary()));
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
}
