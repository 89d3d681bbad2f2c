package dev.fleetcast.formats.validation;

import dev.fleetcast.formats.yaml.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads lists item by item, names that must not be blank, and counts, recording problems as
 * {@link Fields} does: shared by the readers of traces, fleetcast's and foreign.
 */
public final class Items {

    private Items() {
    }

    /** Reads one item of a list, found at {@code path} ({@code timeline[3]}). */
    @FunctionalInterface
    public interface Reader<T> {
        Optional<T> read(Fields fields, Node node, String path);
    }

    /**
     * Every item of the list at {@code node}, each read at {@code path[i]}; empty if the node is
     * not a list or any item had a problem (all items are read, so all their problems are recorded).
     */
    public static <T> Optional<List<T>> list(Fields fields, Node node, String path, Reader<T> item) {
        Optional<List<Node>> items = fields.sequence(node, path);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<T> values = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.get().size(); i++) {
            Optional<T> value = item.read(fields, items.get().get(i), path + "[" + i + "]");
            value.ifPresent(values::add);
            ok &= value.isPresent();
        }
        return ok ? Optional.of(values) : Optional.empty();
    }

    /** The optional list at {@code key}: an empty list when absent. */
    public static <T> Optional<List<T>> optionalList(Fields fields, Node.Mapping mapping, String path, String key,
            Reader<T> item) {
        return Fields.optional(mapping, key).map(n -> list(fields, n, Fields.join(path, key), item))
                .orElse(Optional.of(List.of()));
    }

    /** The required text at {@code key}, which must not be blank. */
    public static Optional<String> name(Fields fields, Node.Mapping mapping, String path, String key) {
        String fieldPath = Fields.join(path, key);
        return fields.required(mapping, path, key).flatMap(n -> fields.string(n, fieldPath)).filter(s -> {
            if (s.isBlank()) {
                fields.problems().add(mapping.entries().get(key), fieldPath, "an empty name", "a name");
                return false;
            }
            return true;
        });
    }

    /** The optional text at {@code key}, or {@code fallback} when absent. */
    public static Optional<String> text(Fields fields, Node.Mapping mapping, String path, String key, String fallback) {
        return Fields.optional(mapping, key).map(n -> fields.string(n, Fields.join(path, key)))
                .orElse(Optional.of(fallback));
    }

    /** A mapping of names to whole numbers of 0 or more (devices per gateway, pods per phase), in file order. */
    public static Optional<Map<String, Integer>> counts(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            boolean ok = true;
            for (Map.Entry<String, Node> entry : m.entries().entrySet()) {
                Optional<Long> count = fields.integer(entry.getValue(), path + "." + entry.getKey(), 0,
                        Integer.MAX_VALUE);
                count.ifPresent(c -> counts.put(entry.getKey(), c.intValue()));
                ok &= count.isPresent();
            }
            return ok ? Optional.of(counts) : Optional.empty();
        });
    }

    /** The optional counts at {@code key}: empty inside when absent. */
    public static Optional<Optional<Map<String, Integer>>> optionalCounts(Fields fields, Node.Mapping mapping,
            String path, String key) {
        return Fields.optional(mapping, key).map(n -> counts(fields, n, Fields.join(path, key)).map(Optional::of))
                .orElse(Optional.of(Optional.empty()));
    }
}
