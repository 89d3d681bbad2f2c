package dev.fleetcast.reports.input;

import dev.fleetcast.formats.calibration.CalibrationDetails;
import dev.fleetcast.formats.calibration.CalibrationDetailsReader;
import dev.fleetcast.formats.comparison.LiveComparison;
import dev.fleetcast.formats.comparison.LiveComparisonJson;
import dev.fleetcast.formats.comparison.LiveComparisonReader;
import dev.fleetcast.formats.result.PlatformResultFile;
import dev.fleetcast.formats.result.PlatformResultReader;
import dev.fleetcast.formats.result.ResultDocument;
import dev.fleetcast.formats.result.RunInfo;
import dev.fleetcast.formats.result.RunInfoReader;
import dev.fleetcast.formats.result.RunSummaryFile;
import dev.fleetcast.formats.result.RunSummaryReader;
import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.formats.yaml.Node;
import dev.fleetcast.formats.yaml.YamlSyntaxException;
import dev.fleetcast.formats.yaml.YamlTree;
import dev.fleetcast.reports.ReportInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds and reads what a report draws from. Each path given is a directory — searched through,
 * as {@code fleetcast run} and {@code fleetcast demo} write them — or a single file: a
 * calibration file (YAML or JSON, kind {@code calibration}) or one replication's result.
 *
 * <p>In a directory, a directory holding {@code replication-NNN.json} files is a run (with its
 * {@code summary.json}, and the nearest {@code run-info.json} at or above it); runs side by side
 * in one directory form a {@link Study}. YAML files of kind {@code calibration} are calibrations.
 * Other JSON and YAML files are listed as skipped; CSV and text files, and hidden files, are
 * passed over in silence.
 *
 * <p>Every problem — a missing path, a foreign or damaged file — is collected, and all are
 * thrown together as one {@link ReportInputException}, one line each.
 */
public final class InputScanner {

    private static final Pattern REPLICATION = Pattern.compile("replication-\\d+\\.json");
    private static final String ALLOWED = "a result directory (as fleetcast run or fleetcast demo writes), "
            + "a replication's result file (replication-NNN.json), a calibration file (kind calibration) or a "
            + "predicted-versus-observed comparison (live-comparison.json)";

    private final PlatformResultReader results = new PlatformResultReader();
    private final RunSummaryReader summaries = new RunSummaryReader();
    private final RunInfoReader infos = new RunInfoReader();
    private final CalibrationDetailsReader calibrations = new CalibrationDetailsReader();
    private final LiveComparisonReader comparisons = new LiveComparisonReader();

    /**
     * Reads everything under {@code inputs}, leaving out {@code exclude} (the report's own
     * output directory, which may lie inside an input) and anything below it.
     *
     * @throws ReportInputException listing every problem, or saying that nothing was found
     */
    public ReportInputs scan(List<Path> inputs, Path exclude) {
        Scan scan = new Scan(exclude.toAbsolutePath().normalize());
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                directory(scan, input);
            } else if (Files.isRegularFile(input)) {
                file(scan, input);
            } else {
                scan.problems.add(input + ": found no such file or directory; allowed: " + ALLOWED);
            }
        }
        if (!scan.problems.isEmpty()) {
            throw new ReportInputException(String.join(System.lineSeparator(), scan.problems));
        }
        if (scan.studies.isEmpty() && scan.calibrations.isEmpty() && scan.comparisons.isEmpty()) {
            throw new ReportInputException("nothing to report in " + String.join(", ", inputs.stream()
                    .map(Path::toString).toList()) + ": found no replication-NNN.json, no calibration file and no "
                    + "comparison; allowed: " + ALLOWED);
        }
        List<Study> studies = new ArrayList<>();
        scan.studies.forEach((directory, runs) -> studies.add(new Study(studyName(directory, runs), runs)));
        return new ReportInputs(inputs.stream().map(Path::toString).toList(), studies, scan.calibrations,
                scan.comparisons, scan.skipped);
    }

    /** What one scan has found so far. */
    private static final class Scan {
        final Path exclude;
        final Map<Path, List<Run>> studies = new LinkedHashMap<>();
        final List<CalibrationDetails> calibrations = new ArrayList<>();
        final List<LiveComparison> comparisons = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();
        final List<String> problems = new ArrayList<>();

        Scan(Path exclude) {
            this.exclude = exclude;
        }
    }

    private static String studyName(Path directory, List<Run> runs) {
        if (runs.size() == 1) {
            return runs.get(0).name();
        }
        Path name = directory.toAbsolutePath().normalize().getFileName();
        return name == null ? runs.get(0).name() : name.toString();
    }

    private void file(Scan scan, Path file) {
        String name = file.getFileName().toString();
        Optional<String> kind = kind(scan, file);
        if (kind.isEmpty()) {
            return;
        }
        if (kind.get().equals(PlatformResultReader.KIND)) {
            read(scan, () -> results.read(file)).ifPresent(result -> {
                Run run = new Run(result.scenario().name(), parent(file), List.of(result), Optional.empty(),
                        Optional.empty());
                scan.studies.computeIfAbsent(file.toAbsolutePath(), k -> new ArrayList<>()).add(run);
            });
        } else if (kind.get().equals("calibration")) {
            read(scan, () -> calibrations.read(file)).ifPresent(scan.calibrations::add);
        } else if (kind.get().equals(LiveComparisonJson.KIND)) {
            read(scan, () -> comparisons.read(file)).ifPresent(scan.comparisons::add);
        } else {
            scan.problems.add(file + ": found " + (kind.get().isEmpty() ? "a file without a kind" : "a file of kind "
                    + kind.get()) + (name.equals("summary.json") ? " (give the directory that holds it)" : "")
                    + "; allowed: " + ALLOWED);
        }
    }

    /**
     * The file's {@code kind} (empty text when it has none), or empty after recording why it
     * cannot be told: not JSON or YAML, not text, not well-formed.
     */
    private static Optional<String> kind(Scan scan, Path file) {
        String name = file.getFileName().toString();
        boolean json = name.endsWith(".json");
        if (!json && !name.endsWith(".yaml") && !name.endsWith(".yml")) {
            scan.problems.add(file + ": found a file that is neither JSON nor YAML; allowed: " + ALLOWED);
            return Optional.empty();
        }
        try {
            Node root = json ? ResultDocument.parse(file, ALLOWED) : new YamlTree().parse(text(file));
            return Optional.of(ResultDocument.kind(root).orElse(""));
        } catch (InvalidFileException e) {
            scan.problems.add(e.getMessage());
        } catch (YamlSyntaxException e) {
            scan.problems.add(file + ":" + e.position() + ": found malformed YAML (" + e.getMessage() + "); allowed: "
                    + ALLOWED);
        } catch (IOException | UncheckedIOException e) {
            scan.problems.add(file + ": found a file that cannot be read as UTF-8 text; allowed: " + ALLOWED);
        }
        return Optional.empty();
    }

    private static String text(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new IOException(e);
        }
    }

    private void directory(Scan scan, Path root) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !excluded(scan, p)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            scan.problems.add(root + ": found a directory that cannot be searched (" + e.getMessage() + "); allowed: "
                    + ALLOWED);
            return;
        }
        Map<Path, List<Path>> runDirectories = new LinkedHashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (REPLICATION.matcher(name).matches()) {
                runDirectories.computeIfAbsent(parent(file), k -> new ArrayList<>()).add(file);
            } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                calibrationOrSkip(scan, file);
            } else if (name.endsWith(".json") && !name.equals("summary.json") && !name.equals("run-info.json")) {
                comparisonOrSkip(scan, file);
            }
        }
        runDirectories.forEach((directory, replicationFiles) -> run(scan, root, directory, replicationFiles)
                .ifPresent(run -> scan.studies.computeIfAbsent(studyKey(root, directory), k -> new ArrayList<>())
                        .add(run)));
    }

    /** Runs in one directory form a study; a run that is the input itself is its own. */
    private static Path studyKey(Path root, Path directory) {
        return directory.equals(root) ? directory : parent(directory);
    }

    private static boolean excluded(Scan scan, Path path) {
        if (path.toAbsolutePath().normalize().startsWith(scan.exclude)) {
            return true;
        }
        return path.getFileName().toString().startsWith(".");
    }

    private void calibrationOrSkip(Scan scan, Path file) {
        String kind;
        try {
            kind = ResultDocument.kind(new YamlTree().parse(text(file))).orElse("");
        } catch (YamlSyntaxException | IOException | UncheckedIOException e) {
            scan.skipped.add(file + ": not readable as YAML");
            return;
        }
        if (kind.equals("calibration")) {
            read(scan, () -> calibrations.read(file)).ifPresent(scan.calibrations::add);
        } else {
            scan.skipped.add(file + ": " + (kind.isEmpty() ? "YAML without a kind (a scenario?)" : "kind " + kind)
                    + ", which a report does not draw");
        }
    }

    /** A comparison is read (and refused if damaged); other JSON is listed as not drawn. */
    private void comparisonOrSkip(Scan scan, Path file) {
        Node root;
        try {
            root = ResultDocument.parse(file, ALLOWED);
        } catch (InvalidFileException e) {
            scan.skipped.add(file + ": not readable as JSON");
            return;
        }
        String kind = ResultDocument.kind(root).orElse("");
        if (kind.equals(LiveComparisonJson.KIND)) {
            read(scan, () -> comparisons.read(file.toString(), root)).ifPresent(scan.comparisons::add);
        } else {
            scan.skipped.add(file + ": " + (kind.isEmpty() ? "JSON without a kind" : "kind " + kind)
                    + ", which a report does not draw");
        }
    }

    private Optional<Run> run(Scan scan, Path root, Path directory, List<Path> replicationFiles) {
        int before = scan.problems.size();
        List<PlatformResultFile> replications = new ArrayList<>();
        for (Path file : replicationFiles) {
            read(scan, () -> results.read(file)).ifPresent(replications::add);
        }
        Path summaryFile = directory.resolve("summary.json");
        Optional<RunSummaryFile> summary = Files.isRegularFile(summaryFile)
                ? read(scan, () -> summaries.read(summaryFile)) : Optional.empty();
        Optional<RunInfo> info = runInfo(scan, root, directory);
        if (scan.problems.size() > before) {
            return Optional.empty();
        }
        List<String> names = replications.stream().map(r -> r.scenario().name()).distinct().toList();
        if (names.size() > 1) {
            scan.problems.add(directory + ": found results of several scenarios (" + String.join(", ", names)
                    + "); allowed: one scenario's replications per directory");
            return Optional.empty();
        }
        return Optional.of(new Run(names.get(0), directory, replications, summary, info));
    }

    /** The run-info.json of the run's directory or the nearest directory above it, up to the input. */
    private Optional<RunInfo> runInfo(Scan scan, Path root, Path directory) {
        Path root0 = root.toAbsolutePath().normalize();
        for (Path at = directory.toAbsolutePath().normalize(); at != null && at.startsWith(root0); at = at.getParent()) {
            Path file = at.resolve("run-info.json");
            if (Files.isRegularFile(file)) {
                Path shown = directory.resolve(directory.toAbsolutePath().normalize().relativize(file)).normalize();
                return read(scan, () -> infos.read(shown));
            }
        }
        return Optional.empty();
    }

    private static Path parent(Path file) {
        Path parent = file.getParent();
        return parent != null ? parent : Path.of(".");
    }

    /** Reads with {@code reader}, recording its problems instead of throwing them. */
    private static <T> Optional<T> read(Scan scan, Reading<T> reader) {
        try {
            return Optional.of(reader.read());
        } catch (InvalidFileException e) {
            scan.problems.add(e.getMessage());
            return Optional.empty();
        }
    }

    @FunctionalInterface
    private interface Reading<T> {
        T read();
    }
}
