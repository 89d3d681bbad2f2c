package dev.fleetcast.formats.scenario;

import dev.fleetcast.formats.validation.Fields;
import dev.fleetcast.formats.yaml.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scenario's {@code sweep}: a matrix of field paths ({@code devices},
 * {@code controller.policy}, {@code creation.interval}) each with a list of values. Every
 * combination is a cell: the base scenario with those values put in place, read and validated
 * like any scenario. The first axis varies slowest.
 */
final class Sweeps {

    /** At most this many cells: a matrix beyond it is more likely a mistake than a plan. */
    static final int MAX_CELLS = 10_000;

    /** One axis: a field path and the values it takes. */
    record Axis(String path, List<Node> values) {
    }

    private Sweeps() {
    }

    /** The axes of the {@code sweep} mapping, or empty with problems recorded. */
    static Optional<List<Axis>> axes(Fields fields, Node node) {
        return fields.mapping(node, "sweep").flatMap(m -> {
            List<Axis> axes = new ArrayList<>();
            boolean valid = !m.entries().isEmpty();
            if (m.entries().isEmpty()) {
                fields.problems().add(m, "sweep", "an empty mapping", "field paths, each with a list of values");
            }
            long cells = 1;
            for (Map.Entry<String, Node> entry : m.entries().entrySet()) {
                String path = "sweep." + entry.getKey();
                if (entry.getKey().equals("sweep") || entry.getKey().startsWith("sweep.")
                        || entry.getKey().equals("schemaVersion")) {
                    fields.problems().add(m.keyPositions().get(entry.getKey()), path, "\"" + entry.getKey() + "\"",
                            "a scenario field other than schemaVersion and sweep");
                    valid = false;
                    continue;
                }
                Optional<List<Node>> values = fields.sequence(entry.getValue(), path);
                if (values.isEmpty()) {
                    valid = false;
                    continue;
                }
                if (values.get().isEmpty() || values.get().stream().anyMatch(v -> !(v instanceof Node.Scalar))) {
                    fields.problems().add(entry.getValue(), path, "a list that is empty or holds a mapping or list",
                            "a non-empty list of values, such as [40, 60, 100]");
                    valid = false;
                    continue;
                }
                cells *= values.get().size();
                axes.add(new Axis(entry.getKey(), values.get()));
            }
            if (cells > MAX_CELLS) {
                fields.problems().add(m, "sweep", cells + " cells", "at most " + MAX_CELLS + " cells");
                valid = false;
            }
            return valid ? Optional.of(axes) : Optional.empty();
        });
    }

    /** Every combination of the axes' values, the first axis varying slowest. */
    static List<Map<String, Node>> combinations(List<Axis> axes) {
        List<Map<String, Node>> combinations = new ArrayList<>();
        combinations.add(new LinkedHashMap<>());
        for (Axis axis : axes) {
            List<Map<String, Node>> next = new ArrayList<>();
            for (Map<String, Node> partial : combinations) {
                for (Node value : axis.values()) {
                    Map<String, Node> extended = new LinkedHashMap<>(partial);
                    extended.put(axis.path(), value);
                    next.add(extended);
                }
            }
            combinations = next;
        }
        return combinations;
    }

    /**
     * {@code top} with the field at dotted {@code path} set to {@code value}; mappings on the
     * way are created when missing.
     *
     * @throws IllegalArgumentException naming the path when a step on the way is not a mapping
     */
    static Node.Mapping with(Node.Mapping top, String path, Node value) {
        int dot = path.indexOf('.');
        Map<String, Node> entries = new LinkedHashMap<>(top.entries());
        Map<String, Node.Position> keys = new LinkedHashMap<>(top.keyPositions());
        if (dot < 0) {
            entries.put(path, value);
            keys.putIfAbsent(path, value.position());
            return new Node.Mapping(top.position(), entries, keys);
        }
        String head = path.substring(0, dot);
        Node child = entries.get(head);
        Node.Mapping childMapping;
        if (child == null || child instanceof Node.Null) {
            childMapping = new Node.Mapping(value.position(), Map.of(), Map.of());
        } else if (child instanceof Node.Mapping mapping) {
            childMapping = mapping;
        } else {
            throw new IllegalArgumentException(head + " is " + child.describe() + ", not a mapping with fields");
        }
        entries.put(head, with(childMapping, path.substring(dot + 1), value));
        keys.putIfAbsent(head, value.position());
        return new Node.Mapping(top.position(), entries, keys);
    }

    /** The value as written, for labels: a scalar's text. */
    static String text(Node value) {
        return value instanceof Node.Scalar scalar ? scalar.text() : value.describe();
    }
}
