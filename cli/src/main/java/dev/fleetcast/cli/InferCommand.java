package dev.fleetcast.cli;

import dev.fleetcast.experiments.demo.BuiltInScenarios;
import dev.fleetcast.experiments.inverse.InverseCalibration;
import dev.fleetcast.experiments.inverse.ObservedSplit;
import dev.fleetcast.experiments.inverse.Prior;
import dev.fleetcast.experiments.inverse.SplitBand;
import dev.fleetcast.experiments.run.ReplicationRunner;
import dev.fleetcast.formats.output.ResultFiles;
import dev.fleetcast.model.scenario.PlatformScenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code fleetcast infer}: inverse calibration of the enrollment race's unobserved knobs
 * against the splits reported for WASMBED's least-connections controller — fitted on 40/2 and
 * 60/3, checked on 100/5.
 */
@Command(name = "infer", mixinStandardHelpOptions = true,
        description = {"Inverse calibration: which watch delay, reconcile workers, creation pace and read mode make "
                + "naive least-connections produce the splits reported for WASMBED (28/12, 27/24/9), and does the "
                + "result predict the held-out 24/23/20/19/14? Approximate Bayesian computation by rejection."})
final class InferCommand implements Runnable {

    /** The defaults, shared with the demo so that both say the same. */
    static final int DRAWS = 400;
    static final int REPLICATIONS = 8;
    static final int ACCEPT = 20;
    static final long SEED = 2025;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--draws", paramLabel = "N", defaultValue = "" + DRAWS,
            description = "Parameter sets drawn from the prior (default: ${DEFAULT-VALUE}).")
    int draws;

    @Option(names = "--replications", paramLabel = "N", defaultValue = "" + REPLICATIONS,
            description = "Replications per draw and configuration (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--accept", paramLabel = "N", defaultValue = "" + ACCEPT,
            description = "Closest draws kept (default: ${DEFAULT-VALUE}).")
    int accept;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + SEED, description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of processors).")
    Integer threads;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "fleetcast-out/infer",
            description = "Where report.txt goes (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public void run() {
        if (draws < 1 || replications < 1 || accept < 1 || accept > draws) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "need --draws, --replications and --accept of at least 1, and --accept at most --draws");
        }
        ResultFiles files = ResultFiles.in(output);
        PlatformScenario base = BuiltInScenarios.load("enrollment-least-connections-naive").scenario();
        List<ObservedSplit> observed = ObservedSplit.WASMBED_LEAST_CONNECTIONS;
        ReplicationRunner runner = new ReplicationRunner(threads != null ? Math.max(1, threads)
                : Runtime.getRuntime().availableProcessors());
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), "infer");
        InverseCalibration.Report report = InverseCalibration.run(base, observed.subList(0, 2), observed.subList(2, 3),
                new InverseCalibration.Settings(draws, replications, accept, seed, Prior.DEFAULT), runner,
                bar::finished);
        String text = describe(report);
        files.write("report.txt", text);
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.println("Output written to " + files.directory().toAbsolutePath().normalize());
    }

    static String describe(InverseCalibration.Report report) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Inverse calibration of naive least-connections (reported WASMBED "
                + "splits), %d draws, %d kept%n", report.drawn(), report.accepted().size()));
        text.append("Kept parameter sets, closest first (distance: mean |simulated − observed| per device, summed over "
                + "40/2 and 60/3):\n");
        report.accepted().forEach(c -> text.append(String.format(Locale.ROOT, "  %.3f  %s%n", c.distance(),
                c.parameters())));
        text.append(String.format(Locale.ROOT, "Ranges of the kept: watch delay %.3f–%.3f s, workers %d–%d, "
                + "creation interval %.3f–%.3f s, reads: %d cache / %d list%n",
                min(report, c -> c.parameters().watchDelayMeanNanos() / 1e9),
                max(report, c -> c.parameters().watchDelayMeanNanos() / 1e9),
                (int) min(report, c -> c.parameters().workers()), (int) max(report, c -> c.parameters().workers()),
                min(report, c -> c.parameters().creationIntervalNanos() / 1e9),
                max(report, c -> c.parameters().creationIntervalNanos() / 1e9),
                report.accepted().stream().filter(c -> c.parameters().readMode().name().equals("CACHE")).count(),
                report.accepted().stream().filter(c -> c.parameters().readMode().name().equals("LIST")).count()));
        text.append("Fitted on:\n");
        report.fitted().forEach(b -> text.append("  ").append(b).append('\n'));
        text.append("Held out:\n");
        report.validation().forEach(b -> text.append("  ").append(b).append('\n'));
        boolean plausible = report.fitted().stream().allMatch(SplitBand::inside);
        boolean predicted = report.validation().stream().allMatch(SplitBand::inside);
        text.append(plausible ? "The kept parameters make the training observations plausible (inside their 90% bands).\n"
                : "At the kept parameters at least one training observation lies outside its 90% band: with these "
                        + "draws the model does not make the reported splits plausible (more --draws may find values "
                        + "that do, or none exist).\n");
        text.append(predicted ? "Out of sample: the held-out split lies inside the band the fit predicts.\n"
                : "Out of sample: the held-out split lies OUTSIDE the band the fit predicts.\n");
        return text.toString();
    }

    private static double min(InverseCalibration.Report report,
            ToDoubleFunction<InverseCalibration.Candidate> value) {
        return report.accepted().stream().mapToDouble(value).min().orElse(Double.NaN);
    }

    private static double max(InverseCalibration.Report report,
            ToDoubleFunction<InverseCalibration.Candidate> value) {
        return report.accepted().stream().mapToDouble(value).max().orElse(Double.NaN);
    }
}
