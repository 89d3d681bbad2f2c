package dev.fleetcast.formats.result;

import dev.fleetcast.formats.validation.Fields;
import dev.fleetcast.formats.validation.Items;
import dev.fleetcast.formats.validation.Problems;
import dev.fleetcast.formats.yaml.Node;
import dev.fleetcast.model.result.MetricEstimate;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code summary.json} (kind {@code run-summary}, schemaVersion 1) back into a
 * {@link RunSummaryFile}. Problems are collected and thrown together as one
 * {@link dev.fleetcast.formats.validation.InvalidFileException}; fields it does not know are
 * ignored (see {@link PlatformResultReader}).
 */
public final class RunSummaryReader {

    /** The file's kind. */
    public static final String KIND = "run-summary";

    private static final String WHAT = "a run's summary (JSON, kind " + KIND + ")";

    /** Reads and validates {@code file}. */
    public RunSummaryFile read(Path file) {
        return read(file.toString(), ResultDocument.parse(file, WHAT));
    }

    /** Reads an already parsed document, naming it {@code name} in messages. */
    public RunSummaryFile read(String name, Node root) {
        Fields fields = new Fields(new Problems(name));
        Optional<RunSummaryFile> summary = fields.mapping(root, "").flatMap(top -> {
            ResultDocument.header(fields, top, KIND, RunSummary.SCHEMA_VERSION);
            Optional<String> version = Items.text(fields, top, "", "fleetcastVersion", "");
            Optional<String> scenario = Items.name(fields, top, "", "scenario");
            Optional<Long> seed = ResultParts.integer(fields, top, "", "scenarioSeed", Long.MIN_VALUE, Long.MAX_VALUE);
            Optional<Long> replications = ResultParts.integer(fields, top, "", "replications", 0, Integer.MAX_VALUE);
            Optional<List<String>> failed = ResultParts.texts(fields, top, "", "failedReplications");
            Optional<List<MetricEstimate>> metrics = fields.required(top, "", "metrics")
                    .flatMap(n -> Items.list(fields, n, "metrics", RunSummaryReader::metric));
            if (!fields.problems().isEmpty()) {
                return Optional.empty();
            }
            return ResultParts.refused(fields, top, "", "a consistent summary (docs/formats.md)",
                    () -> new RunSummaryFile(name, version.get(), scenario.get(), seed.get(),
                            replications.get().intValue(), failed.get(), metrics.get()));
        });
        fields.problems().throwIfAny();
        return summary.orElseThrow();
    }

    private static Optional<MetricEstimate> metric(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            Optional<String> metric = Items.name(fields, m, path, "metric");
            Optional<String> unit = Items.text(fields, m, path, "unit", "");
            Optional<Long> n = ResultParts.integer(fields, m, path, "n", 0, Integer.MAX_VALUE);
            Optional<Double> mean = nullable(fields, m, path, "mean");
            Optional<Double> halfWidth = nullable(fields, m, path, "halfWidth");
            Optional<Double> level = fields.required(m, path, "level")
                    .flatMap(l -> fields.positiveNumber(l, path + ".level")).filter(l -> {
                        if (l >= 1) {
                            fields.problems().add(m.entries().get("level"), path + ".level", l.toString(),
                                    "a confidence level between 0 and 1, such as 0.95");
                        }
                        return l < 1;
                    });
            if (metric.isEmpty() || unit.isEmpty() || n.isEmpty() || mean.isEmpty() || halfWidth.isEmpty()
                    || level.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new MetricEstimate(metric.get(), unit.get(), n.get().intValue(), mean.get(),
                    halfWidth.get(), level.get()));
        });
    }

    /** A number, or NaN where the file writes null (or leaves the field out): undefined. */
    private static Optional<Double> nullable(Fields fields, Node.Mapping m, String path, String key) {
        return Fields.optional(m, key).map(n -> fields.number(n, Fields.join(path, key))).orElse(Optional.of(Double.NaN));
    }
}
