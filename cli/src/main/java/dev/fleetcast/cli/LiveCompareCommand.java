package dev.fleetcast.cli;

import dev.fleetcast.formats.comparison.ComparedFigure;
import dev.fleetcast.formats.comparison.ComparisonMarkdown;
import dev.fleetcast.formats.comparison.LiveComparison;
import dev.fleetcast.formats.output.ResultFiles;
import dev.fleetcast.formats.scenario.ScenarioFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code fleetcast live compare TRACE SCENARIO}: a recorded run against a prediction of its
 * scenario, figure by figure; wiring only — experiments compares, formats writes, reports draws.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares an observed run (a fleetcast trace, as fleetcast live run records it) with a "
                + "prediction of its scenario: for each figure (enrollment latency median, P95 and max, detection "
                + "time, failover recovery, devices moved, max - min imbalance, devices per gateway at the end) the "
                + "observed value, the predicted median and 95%% band over the replications, the observed value's "
                + "percentile rank, inside or outside. Writes live-comparison.json, comparison.md and the report "
                + "bundle (report.html, figures/) into the output directory, and prints a table. A figure outside "
                + "its band is a finding, not an error: the exit code is 0. See docs/formats.md."})
final class LiveCompareCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TRACE", description = "The observed run's trace (JSON, kind fleetcast-trace).")
    Path trace;

    @Parameters(index = "1", paramLabel = "SCENARIO", description = "The scenario file the run played (YAML).")
    Path scenario;

    @Option(names = "--replications", paramLabel = "N", defaultValue = "40",
            description = "Replications of the prediction (default: ${DEFAULT-VALUE}; with fewer than 40 the band's "
                    + "ends are the extreme replications and cover less than 95%%).")
    int replications;

    @Option(names = "--seed", paramLabel = "S", description = "The prediction's scenario seed (default: the scenario's).")
    Long seed;

    @Option(names = "--prediction", paramLabel = "RESULT_DIR",
            description = "Read the prediction from a fleetcast run result directory instead of running it.")
    Path prediction;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Directory to write into (default: fleetcast-out/<scenario name>-live-compare).")
    Path output;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the number of processors). Results do not depend on it.")
    Integer threads;

    @Option(names = "--label", paramLabel = "TEXT", defaultValue = "live",
            description = "What was observed, for titles (default: ${DEFAULT-VALUE}; e.g. \"test stand-in\").")
    String label;

    @Override
    public void run() {
        if (replications < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--replications must be at least 1, was "
                    + replications);
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, was " + workers);
        }
        if (label.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--label must not be blank");
        }
        ScenarioFile file = Scenarios.read(scenario);
        if (file.isSweep()) {
            throw new UserInputException(scenario + ": found a sweep; allowed: a scenario of one configuration, the "
                    + "one the observed run played");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (prediction != null && (seed != null || spec.commandLine().getParseResult().hasMatchedOption("--replications"))) {
            err.println("fleetcast: warning: --seed and --replications are ignored with --prediction (the result "
                    + "directory's replications are the prediction)");
        }
        Path directory = output != null ? output : Path.of("fleetcast-out", file.scenario().name() + "-live-compare");
        ResultFiles files = ResultFiles.in(directory);
        LiveComparisonRun.Options options = new LiveComparisonRun.Options(seed != null ? seed : file.seed(),
                replications, workers, Optional.ofNullable(prediction), label);
        LiveComparisonRun.Written written = LiveComparisonRun.write(trace, file, options, files,
                prediction == null ? new ProgressBar(err, file.scenario().name()) : (done, total) -> { },
                warning -> err.println("fleetcast: " + warning), true);

        PrintWriter out = spec.commandLine().getOut();
        out.print(table(written.comparison()));
        List<ComparedFigure> outside = written.comparison().outside();
        if (outside.isEmpty()) {
            out.println("Every observed figure lies inside its predicted band.");
        } else {
            out.println(outside.size() + (outside.size() == 1 ? " figure falls" : " figures fall")
                    + " OUTSIDE the predicted band: " + String.join(", ", outside.stream().map(ComparedFigure::name)
                            .toList()) + ". That is a finding about the model or the run, not an error.");
        }
        out.println("Comparison: " + written.json().toAbsolutePath().normalize());
        written.report().ifPresent(html -> out.println("Report: " + html.toAbsolutePath().normalize()));
        out.flush();
    }

    static String table(LiveComparison comparison) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%s: observed (%s) %s against %d replications, seed %d (%s)%n%n",
                comparison.scenario(), comparison.label(), comparison.trace().file(),
                comparison.prediction().replications(), comparison.prediction().seed(),
                comparison.prediction().description()));
        rows(text, "figure", comparison.figures());
        if (!comparison.gateways().isEmpty()) {
            text.append('\n');
            rows(text, "devices at the end", comparison.gateways());
        }
        comparison.notes().forEach(note -> text.append("  note: ").append(note).append('\n'));
        return text.append('\n').toString();
    }

    private static void rows(StringBuilder text, String first, List<ComparedFigure> figures) {
        String format = "  %-27s %-7s %12s %12s %-26s %6s  %s%n";
        text.append(String.format(Locale.ROOT, format, first, "unit", "observed", "pred. median", "band", "rank",
                "verdict"));
        for (ComparedFigure f : figures) {
            text.append(String.format(Locale.ROOT, format, f.name(), f.unit(),
                    f.observed().isPresent() ? ComparisonMarkdown.number(f.observed().getAsDouble()) : "not observed",
                    f.band().map(b -> ComparisonMarkdown.number(b.median())).orElse("—"),
                    f.band().map(b -> ComparisonMarkdown.number(b.low()) + " – " + ComparisonMarkdown.number(b.high())
                            + " (n=" + b.replications() + ")").orElse("—"),
                    f.percentileRank().isPresent() ? String.format(Locale.ROOT, "%.1f", f.percentileRank().getAsDouble())
                            : "—", ComparisonMarkdown.verdict(f.verdict())));
        }
    }
}
