package dev.fleetcast.formats.validation;

import dev.fleetcast.formats.yaml.Node;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed reads from a located tree. Every read that fails records a problem and returns
 * empty, so that reading goes on and the file reports all its problems at once. Shared by
 * the readers of every fleetcast input file.
 */
public final class Fields {

    private final Problems problems;

    public Fields(Problems problems) {
        this.problems = problems;
    }

    public Problems problems() {
        return problems;
    }

    /** The mapping at {@code path}, or empty (with a problem) if the node is something else. */
    public Optional<Node.Mapping> mapping(Node node, String path) {
        if (node instanceof Node.Mapping mapping) {
            return Optional.of(mapping);
        }
        problems.add(node, path, node.describe(), "a mapping of fields");
        return Optional.empty();
    }

    /** Records every key of {@code mapping} that is not in {@code allowed}. */
    public void onlyKnownKeys(Node.Mapping mapping, String path, Set<String> allowed) {
        for (String key : mapping.entries().keySet()) {
            if (!allowed.contains(key)) {
                problems.add(mapping.keyPositions().get(key), join(path, key), "an unknown field \"" + key + "\"",
                        "the fields " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    /** The value of a required key, or empty with a problem at the mapping. */
    public Optional<Node> required(Node.Mapping mapping, String path, String key) {
        Node value = mapping.entries().get(key);
        if (value == null || value instanceof Node.Null) {
            problems.add(value == null ? mapping.position() : value.position(), join(path, key), "nothing",
                    "a value (the field is required)");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** The value of an optional key; empty when absent or null. */
    public static Optional<Node> optional(Node.Mapping mapping, String key) {
        Node value = mapping.entries().get(key);
        return value == null || value instanceof Node.Null ? Optional.empty() : Optional.of(value);
    }

    public Optional<String> string(Node node, String path) {
        if (node instanceof Node.Scalar scalar) {
            return Optional.of(scalar.text());
        }
        problems.add(node, path, node.describe(), "a text value");
        return Optional.empty();
    }

    public Optional<Long> integer(Node node, String path, long min, long max) {
        if (node instanceof Node.Scalar scalar && scalar.kind() == Node.Scalar.Kind.INTEGER) {
            try {
                long value = Long.parseLong(scalar.text());
                if (value >= min && value <= max) {
                    return Optional.of(value);
                }
            } catch (NumberFormatException e) {
                // out of range for a long: reported below
            }
        }
        problems.add(node, path, node.describe(), max == Long.MAX_VALUE
                ? "a whole number of at least " + min : "a whole number from " + min + " to " + max);
        return Optional.empty();
    }

    public Optional<Double> positiveNumber(Node node, String path) {
        if (node instanceof Node.Scalar scalar
                && (scalar.kind() == Node.Scalar.Kind.INTEGER || scalar.kind() == Node.Scalar.Kind.DECIMAL)) {
            double value = Double.parseDouble(scalar.text());
            if (value > 0 && !Double.isInfinite(value)) {
                return Optional.of(value);
            }
        }
        problems.add(node, path, node.describe(), "a number greater than 0");
        return Optional.empty();
    }

    /** A finite number of 0 or more (a rate that may be zero). */
    public Optional<Double> nonNegativeNumber(Node node, String path) {
        if (node instanceof Node.Scalar scalar
                && (scalar.kind() == Node.Scalar.Kind.INTEGER || scalar.kind() == Node.Scalar.Kind.DECIMAL)) {
            double value = Double.parseDouble(scalar.text());
            if (value >= 0 && !Double.isInfinite(value)) {
                return Optional.of(value);
            }
        }
        problems.add(node, path, node.describe(), "a number of 0 or more");
        return Optional.empty();
    }

    /** Any finite number, negative included (a log-likelihood, an AIC). */
    public Optional<Double> number(Node node, String path) {
        if (node instanceof Node.Scalar scalar
                && (scalar.kind() == Node.Scalar.Kind.INTEGER || scalar.kind() == Node.Scalar.Kind.DECIMAL)) {
            double value = Double.parseDouble(scalar.text());
            if (!Double.isInfinite(value) && !Double.isNaN(value)) {
                return Optional.of(value);
            }
        }
        problems.add(node, path, node.describe(), "a number");
        return Optional.empty();
    }

    public Optional<Boolean> bool(Node node, String path) {
        if (node instanceof Node.Scalar scalar && scalar.kind() == Node.Scalar.Kind.BOOLEAN) {
            return Optional.of(Boolean.parseBoolean(scalar.text()));
        }
        problems.add(node, path, node.describe(), "true or false");
        return Optional.empty();
    }

    /** One of an enum's constants, written in kebab case ({@code gateway-phase}). */
    public <E extends Enum<E>> Optional<E> choice(Node node, String path, Class<E> type) {
        Optional<String> text = string(node, path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (kebab(constant).equals(text.get())) {
                return Optional.of(constant);
            }
        }
        problems.add(node, path, node.describe(), "one of " + String.join(", ",
                Arrays.stream(type.getEnumConstants()).map(Fields::kebab).toList()));
        return Optional.empty();
    }

    /** Parses a scalar with {@code parse}; a parse failure's message says what is allowed. */
    public <T> Optional<T> parsed(Node node, String path, Function<String, T> parse, String allowed) {
        Optional<String> text = string(node, path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(text.get()));
        } catch (IllegalArgumentException e) {
            problems.add(node, path, node.describe() + " (" + e.getMessage() + ")", allowed);
            return Optional.empty();
        }
    }

    public Optional<List<Node>> sequence(Node node, String path) {
        if (node instanceof Node.Sequence sequence) {
            return Optional.of(sequence.items());
        }
        problems.add(node, path, node.describe(), "a list");
        return Optional.empty();
    }

    public static String kebab(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
