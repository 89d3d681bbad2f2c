package dev.fleetcast.formats.result;

import dev.fleetcast.formats.Durations;
import dev.fleetcast.formats.validation.Fields;
import dev.fleetcast.formats.validation.Items;
import dev.fleetcast.formats.yaml.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a result's {@code scenario} object into a {@link ResolvedScenario}. */
final class ScenarioParts {

    /** Read into typed fields, so not repeated among the settings. */
    private static final Set<String> TYPED = Set.of("name", "devices", "gateways", "faults");

    private ScenarioParts() {
    }

    static Optional<ResolvedScenario> read(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            Optional<String> name = Items.name(fields, m, path, "name");
            Optional<Long> devices = fields.required(m, path, "devices")
                    .flatMap(n -> fields.integer(n, path + ".devices", 0, Integer.MAX_VALUE));
            Optional<List<ResolvedScenario.Gateway>> gateways = fields.required(m, path, "gateways")
                    .flatMap(n -> Items.list(fields, n, path + ".gateways", ScenarioParts::gateway))
                    .filter(list -> {
                        if (list.isEmpty()) {
                            fields.problems().add(m.entries().get("gateways"), path + ".gateways", "an empty list",
                                    "at least one gateway");
                        }
                        return !list.isEmpty();
                    });
            Optional<Node.Mapping> controller = fields.required(m, path, "controller")
                    .flatMap(n -> fields.mapping(n, path + ".controller"));
            Optional<String> policy = controller.flatMap(c -> Items.name(fields, c, path + ".controller", "policy"));
            Optional<String> discipline = controller.flatMap(c -> Items.name(fields, c, path + ".controller", "discipline"));
            Optional<List<ResolvedScenario.ScenarioFault>> faults = Items.optionalList(fields, m, path, "faults",
                    ScenarioParts::fault);
            if (name.isEmpty() || devices.isEmpty() || gateways.isEmpty() || policy.isEmpty() || discipline.isEmpty()
                    || faults.isEmpty()) {
                return Optional.empty();
            }
            Map<String, String> settings = new LinkedHashMap<>();
            m.entries().forEach((key, value) -> {
                if (!TYPED.contains(key)) {
                    flatten(key, value, settings);
                }
            });
            return Optional.of(new ResolvedScenario(name.get(), devices.get().intValue(), gateways.get(), policy.get(),
                    discipline.get(), faults.get(), settings));
        });
    }

    private static Optional<ResolvedScenario.Gateway> gateway(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            Optional<String> name = Items.name(fields, m, path, "name");
            Optional<Long> max = fields.required(m, path, "maxDevices")
                    .flatMap(n -> fields.integer(n, path + ".maxDevices", 0, Integer.MAX_VALUE));
            if (name.isEmpty() || max.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ResolvedScenario.Gateway(name.get(), max.get().intValue()));
        });
    }

    private static Optional<ResolvedScenario.ScenarioFault> fault(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            Optional<Long> at = fields.required(m, path, "at")
                    .flatMap(n -> fields.parsed(n, path + ".at", Durations::parse, "a duration such as 5m or 30s"));
            Optional<String> gateway = Items.name(fields, m, path, "gateway");
            Optional<String> kind = Items.name(fields, m, path, "kind");
            Optional<Long> duration = Fields.optional(m, "duration")
                    .map(n -> fields.parsed(n, path + ".duration", Durations::parse, "a duration such as 5m or 30s"))
                    .orElse(Optional.of(0L));
            if (at.isEmpty() || gateway.isEmpty() || kind.isEmpty() || duration.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ResolvedScenario.ScenarioFault(at.get(), gateway.get(), kind.get(), duration.get()));
        });
    }

    /** Every scalar under {@code node} by its path; a list of scalars as one text, joined. */
    private static void flatten(String path, Node node, Map<String, String> settings) {
        if (node instanceof Node.Scalar scalar) {
            settings.put(path, scalar.text());
        } else if (node instanceof Node.Mapping mapping) {
            mapping.entries().forEach((key, value) -> flatten(path + "." + key, value, settings));
        } else if (node instanceof Node.Sequence sequence) {
            if (sequence.items().stream().allMatch(item -> item instanceof Node.Scalar)) {
                settings.put(path, sequence.items().stream().map(item -> ((Node.Scalar) item).text())
                        .collect(Collectors.joining(", ")));
            } else {
                for (int i = 0; i < sequence.items().size(); i++) {
                    flatten(path + "[" + i + "]", sequence.items().get(i), settings);
                }
            }
        }
    }
}
