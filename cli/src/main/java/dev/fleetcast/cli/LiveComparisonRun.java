package dev.fleetcast.cli;

import dev.fleetcast.experiments.observed.LiveComparisons;
import dev.fleetcast.experiments.observed.Prediction;
import dev.fleetcast.experiments.platform.PlatformExperiment;
import dev.fleetcast.experiments.run.ReplicationRunner;
import dev.fleetcast.formats.comparison.ComparisonMarkdown;
import dev.fleetcast.formats.comparison.LiveComparison;
import dev.fleetcast.formats.comparison.LiveComparisonJson;
import dev.fleetcast.formats.output.ResultFiles;
import dev.fleetcast.formats.result.PlatformResultFile;
import dev.fleetcast.formats.result.PlatformResultReader;
import dev.fleetcast.formats.scenario.ScenarioFile;
import dev.fleetcast.formats.trace.TraceReader;
import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.model.trace.Trace;
import dev.fleetcast.reports.ReportInputException;
import dev.fleetcast.reports.Reports;
import dev.fleetcast.sim.platform.PlatformRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Predicted versus observed, as files: reads a trace, makes or reads the prediction, compares
 * (experiments' {@link LiveComparisons}), and writes {@code live-comparison.json},
 * {@code comparison.md} and — when asked — the report bundle. Shared by {@code fleetcast live
 * compare} and, for its "predicted versus observed (test stand-in)" part, {@code fleetcast demo}:
 *
 * <pre>
 * LiveComparisonRun.Written written = LiveComparisonRun.write(tracePath, scenarioFile,
 *         LiveComparisonRun.Options.simulate(seed, 40, threads, "test stand-in"), ResultFiles.in(dir),
 *         ReplicationRunner.Progress.SILENT, warning -> err.println(warning), false);
 * </pre>
 *
 * With {@code report} false only the comparison files are written, and a report made later over
 * a directory that holds them (the demo's {@code Reports.write} over its output) draws the
 * comparison as its own part. User errors (a missing or malformed trace or prediction) come out
 * as {@link UserInputException}; replications that all failed as
 * {@link ReplicationsFailedException}.
 */
final class LiveComparisonRun {

    private static final Pattern REPLICATION = Pattern.compile("replication-\\d+\\.json");

    /**
     * How to predict.
     *
     * @param seed the scenario seed for a prediction made now
     * @param replications replications to make now, at least 1
     * @param threads worker threads, at least 1
     * @param prediction a {@code fleetcast run} result directory to read instead of running
     * @param label what was observed, for titles: {@code live}, {@code test stand-in}
     */
    record Options(long seed, int replications, int threads, Optional<Path> prediction, String label) {

        /** A prediction made now. */
        static Options simulate(long seed, int replications, int threads, String label) {
            return new Options(seed, replications, threads, Optional.empty(), label);
        }
    }

    /**
     * What was written.
     *
     * @param comparison the comparison
     * @param json the path of live-comparison.json
     * @param markdown the path of comparison.md
     * @param report the path of report.html, when a report was written
     */
    record Written(LiveComparison comparison, Path json, Path markdown, Optional<Path> report) {
    }

    private LiveComparisonRun() {
    }

    /**
     * Compares the trace at {@code tracePath} with a prediction of {@code scenario} and writes the
     * comparison into {@code files}; with {@code report}, the report bundle too (report.html and the
     * rest, in the same directory). A prediction made now also leaves its replication files in
     * {@code prediction/} there, so that a later comparison can read them with {@code --prediction}.
     *
     * @param warnings hears each warning (a scenario name that differs), one line each
     */
    static Written write(Path tracePath, ScenarioFile scenario, Options options, ResultFiles files,
            ReplicationRunner.Progress progress, Consumer<String> warnings, boolean report) {
        Trace trace;
        try {
            trace = new TraceReader().read(tracePath);
        } catch (InvalidFileException e) {
            throw new UserInputException(e.getMessage());
        }
        String name = scenario.scenario().name();
        if (!trace.scenario().isEmpty() && !trace.scenario().equals(name)) {
            warnings.accept("warning: " + tracePath + " says it played scenario \"" + trace.scenario()
                    + "\", but the scenario given is \"" + name + "\"; comparing anyway");
        }
        Prediction prediction = options.prediction().isPresent()
                ? read(options.prediction().get(), scenario, warnings) : simulate(scenario, options, files, progress);
        LiveComparison comparison = LiveComparisons.compare(trace, LiveComparisons.source(tracePath, trace),
                scenario.scenario(), prediction, options.label());
        Path json = files.write(LiveComparisonJson.FILE_NAME, new LiveComparisonJson().write(comparison));
        Path markdown = files.write(ComparisonMarkdown.FILE_NAME, new ComparisonMarkdown().write(comparison));
        Optional<Path> html = Optional.empty();
        if (report) {
            try {
                html = Optional.of(Reports.write(List.of(json), files.directory()));
            } catch (ReportInputException e) {
                throw new IllegalStateException("the comparison just written cannot be reported: " + e.getMessage(), e);
            }
        }
        return new Written(comparison, json, markdown, html);
    }

    private static Prediction simulate(ScenarioFile scenario, Options options, ResultFiles files,
            ReplicationRunner.Progress progress) {
        PlatformExperiment.Result result = PlatformExperiment.run(scenario.scenario(), options.seed(),
                options.replications(), new ReplicationRunner(options.threads()), PlatformRun.Keep.NOTHING, progress);
        ExperimentFiles.write(ResultFiles.in(files.directory().resolve("prediction")), result, FleetcastVersion.get());
        try {
            return Prediction.of(result);
        } catch (IllegalArgumentException e) {
            throw new ReplicationsFailedException(e.getMessage());
        }
    }

    /** The prediction in a result directory's replication files, each read and validated. */
    private static Prediction read(Path directory, ScenarioFile scenario, Consumer<String> warnings) {
        if (!Files.isDirectory(directory)) {
            throw new UserInputException(directory + ": found no such directory; allowed: a result directory of "
                    + "fleetcast run (replication-NNN.json files)");
        }
        List<Path> paths;
        try (Stream<Path> list = Files.list(directory)) {
            paths = list.filter(p -> REPLICATION.matcher(p.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UserInputException(directory + ": cannot list the directory (" + e.getMessage() + ")");
        }
        if (paths.isEmpty()) {
            throw new UserInputException(directory + ": found no replication-NNN.json; allowed: a result directory of "
                    + "fleetcast run for the scenario " + scenario.scenario().name());
        }
        List<PlatformResultFile> results = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        PlatformResultReader reader = new PlatformResultReader();
        for (Path path : paths) {
            try {
                results.add(reader.read(path));
            } catch (InvalidFileException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new UserInputException(String.join(System.lineSeparator(), problems));
        }
        List<String> names = results.stream().map(r -> r.scenario().name()).distinct().toList();
        if (!names.equals(List.of(scenario.scenario().name()))) {
            warnings.accept("warning: the results in " + directory + " are of scenario " + String.join(", ", names)
                    + ", but the scenario given is \"" + scenario.scenario().name() + "\"; comparing anyway");
        }
        try {
            return Prediction.of(directory.toString(), results, scenario.scenario());
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
