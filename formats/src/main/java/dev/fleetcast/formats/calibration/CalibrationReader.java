package dev.fleetcast.formats.calibration;

import dev.fleetcast.formats.DistributionSpecs;
import dev.fleetcast.formats.Sha256;
import dev.fleetcast.formats.validation.Fields;
import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.formats.validation.Problems;
import dev.fleetcast.formats.yaml.Node;
import dev.fleetcast.formats.yaml.YamlSyntaxException;
import dev.fleetcast.formats.yaml.YamlTree;
import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.distribution.UniformDuration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a calibration file (YAML or JSON, {@code kind: calibration}, {@code schemaVersion: 1};
 * docs/formats.md), reporting every problem at once like the scenario reader.
 *
 * <pre>
 * schemaVersion: 1
 * kind: calibration
 * source: kind cluster, 2025-10-26
 * quantities:
 *   podStartup: lognormal(median=8s, sigma=0.4, shift=20s)
 *   apiList: {distribution: "normal(mean=112ms, sd=15ms)", samples: 40}
 * </pre>
 *
 * A quantity is a distribution spec, or a mapping whose {@code distribution} is one; the
 * mapping's other fields (how it was fitted) are for people and reports, and are not read.
 */
public final class CalibrationReader {

    /** The schema version this reader understands. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * The quantities a calibration may set: the scenario's {@code latencies} fields.
     * {@code listPerDevice} is a constant duration (the model charges each listed device the
     * same cost).
     */
    public static final Set<String> QUANTITIES = Set.of("apiWrite", "apiList", "listPerDevice", "watchDelay",
            "podStartup", "handshake", "failureNoticed", "gatewayRollout");

    private static final Set<String> TOP = Set.of("schemaVersion", "kind", "source", "quantities");

    /**
     * Reads and validates {@code file}.
     *
     * @throws InvalidFileException listing every problem, or saying the file is missing or unreadable
     */
    public CalibrationFile read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw single(name, "no such file", "the path of a calibration file (YAML or JSON)");
        } catch (IOException e) {
            throw single(name, "a file that cannot be read (" + e.getMessage() + ")", "a readable calibration file");
        }
        return read(name, new String(bytes, StandardCharsets.UTF_8), Sha256.of(bytes));
    }

    /** Reads and validates {@code text}, naming it {@code name} in messages. */
    public CalibrationFile read(String name, String text) {
        return read(name, text, Sha256.of(text));
    }

    private CalibrationFile read(String name, String text, String sha256) {
        Node root;
        try {
            root = new YamlTree().parse(text);
        } catch (YamlSyntaxException e) {
            Problems problems = new Problems(name);
            problems.add(e.position(), "", "malformed YAML (" + e.getMessage() + ")", "a YAML mapping of calibration fields");
            throw new InvalidFileException(name, problems.list());
        }
        Fields fields = new Fields(new Problems(name));
        Optional<CalibrationFile> calibration = fields.mapping(root, "").flatMap(top -> {
            fields.onlyKnownKeys(top, "", TOP);
            fields.required(top, "", "schemaVersion").flatMap(v -> fields.integer(v, "schemaVersion", 1, Long.MAX_VALUE))
                    .filter(v -> v != SCHEMA_VERSION)
                    .ifPresent(v -> fields.problems().add(top.entries().get("schemaVersion"), "schemaVersion",
                            "version " + v, "version " + SCHEMA_VERSION));
            fields.required(top, "", "kind").flatMap(n -> fields.string(n, "kind")).filter(k -> !k.equals("calibration"))
                    .ifPresent(k -> fields.problems().add(top.entries().get("kind"), "kind", "\"" + k + "\"",
                            "\"calibration\""));
            String source = Fields.optional(top, "source").flatMap(n -> fields.string(n, "source")).orElse("");
            Optional<Map<String, DurationDistribution>> quantities = fields.required(top, "", "quantities")
                    .flatMap(n -> fields.mapping(n, "quantities")).map(m -> quantities(fields, m));
            return quantities.map(q -> new CalibrationFile(name, sha256, source, q));
        });
        fields.problems().throwIfAny();
        return calibration.orElseThrow();
    }

    private static Map<String, DurationDistribution> quantities(Fields fields, Node.Mapping mapping) {
        fields.onlyKnownKeys(mapping, "quantities", QUANTITIES);
        Map<String, DurationDistribution> quantities = new LinkedHashMap<>();
        mapping.entries().forEach((key, node) -> {
            if (!QUANTITIES.contains(key)) {
                return;
            }
            String path = "quantities." + key;
            Node spec = node;
            if (node instanceof Node.Mapping described) {
                Optional<Node> distribution = fields.required(described, path, "distribution");
                if (distribution.isEmpty()) {
                    return;
                }
                spec = distribution.get();
                path = path + ".distribution";
            }
            String where = path;
            Node at = spec;
            fields.parsed(spec, path, DistributionSpecs::parse, DistributionSpecs.ALLOWED).ifPresent(d -> {
                if (key.equals("listPerDevice") && !(d instanceof UniformDuration u && u.minNanos() == u.maxNanos())) {
                    fields.problems().add(at, where, DistributionSpecs.describe(d), "a constant duration such as 800us");
                } else {
                    quantities.put(key, d);
                }
            });
        });
        return quantities;
    }

    static InvalidFileException single(String name, String found, String allowed) {
        Problems problems = new Problems(name);
        problems.add(new Node.Position(0, 0), "", found, allowed);
        return new InvalidFileException(name, List.copyOf(problems.list()));
    }
}
