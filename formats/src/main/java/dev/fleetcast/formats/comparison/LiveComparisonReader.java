package dev.fleetcast.formats.comparison;

import dev.fleetcast.formats.result.ResultDocument;
import dev.fleetcast.formats.validation.Fields;
import dev.fleetcast.formats.validation.Items;
import dev.fleetcast.formats.validation.Problems;
import dev.fleetcast.formats.yaml.Node;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * Reads {@code live-comparison.json} (kind {@code live-comparison}, schemaVersion 1) back into a
 * {@link LiveComparison}, for reports. Every problem is collected and thrown together as one
 * {@link dev.fleetcast.formats.validation.InvalidFileException} naming the file, each field, what
 * was found and what is allowed; fields it does not know are ignored (a field added is a
 * compatible change).
 */
public final class LiveComparisonReader {

    private static final String WHAT = "a predicted-versus-observed comparison (JSON, kind "
            + LiveComparisonJson.KIND + ")";

    /** Reads and validates {@code file}. */
    public LiveComparison read(Path file) {
        return read(file.toString(), ResultDocument.parse(file, WHAT));
    }

    /** Reads an already parsed document, naming it {@code name} in messages. */
    public LiveComparison read(String name, Node root) {
        Fields fields = new Fields(new Problems(name));
        Optional<LiveComparison> comparison = fields.mapping(root, "").flatMap(top -> comparison(fields, top));
        fields.problems().throwIfAny();
        return comparison.orElseThrow();
    }

    private static Optional<LiveComparison> comparison(Fields fields, Node.Mapping top) {
        fields.required(top, "", "schemaVersion").flatMap(v -> fields.integer(v, "schemaVersion", 1, Long.MAX_VALUE))
                .filter(v -> v != LiveComparisonJson.SCHEMA_VERSION)
                .ifPresent(v -> fields.problems().add(top.entries().get("schemaVersion"), "schemaVersion",
                        "version " + v, "version " + LiveComparisonJson.SCHEMA_VERSION));
        fields.required(top, "", "kind").flatMap(n -> fields.string(n, "kind"))
                .filter(k -> !k.equals(LiveComparisonJson.KIND))
                .ifPresent(k -> fields.problems().add(top.entries().get("kind"), "kind", "\"" + k + "\"",
                        "\"" + LiveComparisonJson.KIND + "\""));
        Optional<String> scenario = Items.name(fields, top, "", "scenario");
        Optional<String> label = Items.name(fields, top, "", "label");
        Optional<LiveComparison.TraceSource> trace = fields.required(top, "", "trace")
                .flatMap(n -> fields.mapping(n, "trace")).flatMap(m -> trace(fields, m));
        Optional<LiveComparison.PredictionSource> prediction = fields.required(top, "", "prediction")
                .flatMap(n -> fields.mapping(n, "prediction")).flatMap(m -> prediction(fields, m));
        Optional<List<ComparedFigure>> figures = fields.required(top, "", "figures")
                .flatMap(n -> Items.list(fields, n, "figures", LiveComparisonReader::figure));
        Optional<List<ComparedFigure>> gateways = fields.required(top, "", "gateways")
                .flatMap(n -> Items.list(fields, n, "gateways", LiveComparisonReader::figure));
        Optional<List<String>> notes = Items.optionalList(fields, top, "", "notes",
                (f, n, path) -> f.string(n, path));
        if (!fields.problems().isEmpty()) {
            return Optional.empty();
        }
        return refused(fields, top, "", () -> new LiveComparison(scenario.get(), label.get(), trace.get(),
                prediction.get(), figures.get(), gateways.get(), notes.get()));
    }

    private static Optional<LiveComparison.TraceSource> trace(Fields fields, Node.Mapping m) {
        Optional<String> file = Items.text(fields, m, "trace", "file", "");
        Optional<String> sha = Items.text(fields, m, "trace", "sha256", "");
        Optional<String> scenario = Items.text(fields, m, "trace", "scenario", "");
        Optional<String> source = Items.text(fields, m, "trace", "source", "");
        if (file.isEmpty() || sha.isEmpty() || scenario.isEmpty() || source.isEmpty()) {
            return Optional.empty();
        }
        return refused(fields, m, "trace", () -> new LiveComparison.TraceSource(file.get(), sha.get(),
                scenario.get(), source.get()));
    }

    private static Optional<LiveComparison.PredictionSource> prediction(Fields fields, Node.Mapping m) {
        Optional<String> description = Items.text(fields, m, "prediction", "description", "");
        Optional<Long> seed = fields.required(m, "prediction", "seed")
                .flatMap(n -> fields.integer(n, "prediction.seed", Long.MIN_VALUE, Long.MAX_VALUE));
        Optional<Long> replications = fields.required(m, "prediction", "replications")
                .flatMap(n -> fields.integer(n, "prediction.replications", 1, Integer.MAX_VALUE));
        Optional<Long> failed = fields.required(m, "prediction", "failed")
                .flatMap(n -> fields.integer(n, "prediction.failed", 0, Integer.MAX_VALUE));
        if (description.isEmpty() || seed.isEmpty() || replications.isEmpty() || failed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LiveComparison.PredictionSource(description.get(), seed.get(),
                replications.get().intValue(), failed.get().intValue()));
    }

    private static Optional<ComparedFigure> figure(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            Optional<String> name = Items.name(fields, m, path, "name");
            Optional<String> unit = Items.text(fields, m, path, "unit", "");
            Optional<String> description = Items.text(fields, m, path, "description", "");
            Optional<OptionalDouble> observed = nullableNumber(fields, m, path, "observed");
            Optional<Verdict> verdict = fields.required(m, path, "verdict")
                    .flatMap(n -> fields.choice(n, Fields.join(path, "verdict"), Verdict.class));
            Optional<OptionalDouble> rank = nullableNumber(fields, m, path, "percentileRank");
            Optional<Optional<PredictionBand>> band = Fields.optional(m, "band")
                    .map(n -> fields.mapping(n, Fields.join(path, "band"))
                            .flatMap(b -> band(fields, b, Fields.join(path, "band"))).map(Optional::of))
                    .orElse(Optional.of(Optional.empty()));
            Optional<List<Double>> predicted = fields.required(m, path, "predicted")
                    .flatMap(n -> Items.list(fields, n, Fields.join(path, "predicted"),
                            (f, item, at) -> f.number(item, at)));
            if (name.isEmpty() || unit.isEmpty() || description.isEmpty() || observed.isEmpty() || verdict.isEmpty()
                    || rank.isEmpty() || band.isEmpty() || predicted.isEmpty()) {
                return Optional.empty();
            }
            return refused(fields, m, path, () -> new ComparedFigure(name.get(), unit.get(), description.get(),
                    observed.get(), predicted.get(), band.get(), rank.get(), verdict.get()));
        });
    }

    private static Optional<PredictionBand> band(Fields fields, Node.Mapping m, String path) {
        Optional<Long> n = fields.required(m, path, "replications")
                .flatMap(v -> fields.integer(v, Fields.join(path, "replications"), 1, Integer.MAX_VALUE));
        Optional<Double> median = fields.required(m, path, "median").flatMap(v -> fields.number(v, path + ".median"));
        Optional<Double> low = fields.required(m, path, "low").flatMap(v -> fields.number(v, path + ".low"));
        Optional<Double> high = fields.required(m, path, "high").flatMap(v -> fields.number(v, path + ".high"));
        Optional<Long> k = fields.required(m, path, "orderStatistic")
                .flatMap(v -> fields.integer(v, Fields.join(path, "orderStatistic"), 1, Integer.MAX_VALUE));
        Optional<Double> coverage = fields.required(m, path, "coverage")
                .flatMap(v -> fields.nonNegativeNumber(v, path + ".coverage"));
        if (n.isEmpty() || median.isEmpty() || low.isEmpty() || high.isEmpty() || k.isEmpty() || coverage.isEmpty()) {
            return Optional.empty();
        }
        return refused(fields, m, path, () -> new PredictionBand(n.get().intValue(), median.get(), low.get(),
                high.get(), k.get().intValue(), coverage.get()));
    }

    /** A number, or empty inside where the file has null: not observed, not ranked. */
    private static Optional<OptionalDouble> nullableNumber(Fields fields, Node.Mapping m, String path, String key) {
        return Fields.optional(m, key).map(n -> fields.number(n, Fields.join(path, key)).map(OptionalDouble::of))
                .orElse(Optional.of(OptionalDouble.empty()));
    }

    /** Builds a record, recording its refusal (an inconsistent part) as a problem at {@code node}. */
    private static <T> Optional<T> refused(Fields fields, Node.Mapping node, String path,
            Supplier<T> build) {
        try {
            return Optional.of(build.get());
        } catch (IllegalArgumentException e) {
            fields.problems().add(node, path, "an inconsistent value (" + e.getMessage() + ")",
                    "a consistent comparison (docs/formats.md)");
            return Optional.empty();
        }
    }
}
