package dev.fleetcast.formats.scenario;

import dev.fleetcast.formats.validation.Fields;
import dev.fleetcast.formats.yaml.Node;
import dev.fleetcast.model.scenario.Objective;
import dev.fleetcast.model.scenario.PlanSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The scenario's {@code plan} section (docs/scenarios.md, "plan"): objectives and how sure the
 * answer must be. Problems are recorded, never thrown.
 */
final class PlanReader {

    private static final Set<String> PLAN = Set.of("gateways", "objectives", "risk", "confidence", "replications");

    private PlanReader() {
    }

    static Optional<PlanSettings> plan(Fields fields, Node node) {
        String path = "plan";
        return fields.mapping(node, path).flatMap(m -> {
            fields.onlyKnownKeys(m, path, PLAN);
            Optional<long[]> range = fields.required(m, path, "gateways").flatMap(n -> range(fields, n));
            Optional<List<Objective>> objectives = fields.required(m, path, "objectives")
                    .flatMap(n -> fields.sequence(n, path + ".objectives")).flatMap(items -> objectives(fields, items));
            double risk = Fields.optional(m, "risk").flatMap(n -> fields.positiveNumber(n, path + ".risk")).orElse(0.05);
            double confidence = Fields.optional(m, "confidence")
                    .flatMap(n -> fields.positiveNumber(n, path + ".confidence")).orElse(0.95);
            Optional<Long> replications = Fields.optional(m, "replications")
                    .map(n -> fields.integer(n, path + ".replications", 1, 100_000)).orElse(Optional.of(60L));
            if (range.isEmpty() || objectives.isEmpty() || replications.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new PlanSettings(objectives.get(), (int) range.get()[0], (int) range.get()[1], risk,
                        confidence, replications.get().intValue()));
            } catch (IllegalArgumentException e) {
                fields.problems().add(m, path, "values that do not fit together (" + e.getMessage() + ")",
                        "risk and confidence between 0 and 1, a gateway range from at least 1");
                return Optional.empty();
            }
        });
    }

    /** {@code {from: 1, to: 40}}. */
    private static Optional<long[]> range(Fields fields, Node node) {
        return fields.mapping(node, "plan.gateways").flatMap(m -> {
            fields.onlyKnownKeys(m, "plan.gateways", Set.of("from", "to"));
            Optional<Long> from = fields.required(m, "plan.gateways", "from")
                    .flatMap(n -> fields.integer(n, "plan.gateways.from", 1, 100_000));
            Optional<Long> to = fields.required(m, "plan.gateways", "to")
                    .flatMap(n -> fields.integer(n, "plan.gateways.to", 1, 100_000));
            return from.isEmpty() || to.isEmpty() ? Optional.empty() : Optional.of(new long[] {from.get(), to.get()});
        });
    }

    private static Optional<List<Objective>> objectives(Fields fields, List<Node> items) {
        List<Objective> objectives = new ArrayList<>();
        boolean valid = !items.isEmpty();
        for (int i = 0; i < items.size(); i++) {
            String path = "plan.objectives[" + i + "]";
            Optional<Node.Mapping> m = fields.mapping(items.get(i), path);
            if (m.isEmpty()) {
                valid = false;
                continue;
            }
            fields.onlyKnownKeys(m.get(), path, Set.of("metric", "max"));
            Optional<String> metric = fields.required(m.get(), path, "metric").flatMap(n -> fields.string(n, path + ".metric"));
            if (metric.isPresent() && !Objective.METRICS.contains(metric.get())) {
                fields.problems().add(m.get().entries().get("metric"), path + ".metric", "\"" + metric.get() + "\"",
                        "one of " + Objective.METRICS.stream().sorted().toList());
                valid = false;
                continue;
            }
            Optional<Double> max = metric.flatMap(name -> fields.required(m.get(), path, "max").flatMap(n ->
                    Objective.DURATIONS.contains(name)
                            ? ScenarioReader.duration(fields, n, path + ".max").map(nanos -> nanos / 1e9)
                            : fields.nonNegativeNumber(n, path + ".max")));
            if (metric.isEmpty() || max.isEmpty()) {
                valid = false;
                continue;
            }
            objectives.add(new Objective(metric.get(), max.get()));
        }
        return valid ? Optional.of(objectives) : Optional.empty();
    }
}
