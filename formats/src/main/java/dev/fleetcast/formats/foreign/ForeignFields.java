package dev.fleetcast.formats.foreign;

import dev.fleetcast.formats.validation.Fields;
import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.formats.validation.Problems;
import dev.fleetcast.formats.yaml.Node;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads shared by the foreign formats: Kubernetes timestamps, counts, one-problem failures. */
final class ForeignFields {

    /** What a Kubernetes timestamp may look like, for messages. */
    static final String TIMESTAMP = "an RFC 3339 time such as 2025-10-26T12:20:18Z";

    /**
     * The times a file may hold: those whose nanoseconds since 1970 fit in a {@code long}, so
     * that any two are a {@code long} of nanoseconds apart.
     */
    private static final Instant EARLIEST = Instant.EPOCH;
    private static final Instant LATEST = Instant.ofEpochSecond(0, Long.MAX_VALUE);

    private ForeignFields() {
    }

    /** A Kubernetes timestamp ({@code 2025-10-26T12:20:18Z}, or with fractions and an offset). */
    static Optional<Instant> instant(Fields fields, Node node, String path) {
        Optional<String> text = fields.string(node, path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            Instant instant = OffsetDateTime.parse(text.get()).toInstant();
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                fields.problems().add(node, path, node.describe(), TIMESTAMP + ", between 1970 and 2262");
                return Optional.empty();
            }
            return Optional.of(instant);
        } catch (DateTimeParseException e) {
            fields.problems().add(node, path, node.describe(), TIMESTAMP);
            return Optional.empty();
        }
    }

    /** The optional timestamp at {@code key}: empty inside when absent. */
    static Optional<Optional<Instant>> optionalInstant(Fields fields, Node.Mapping m, String path, String key) {
        return Fields.optional(m, key).map(n -> instant(fields, n, Fields.join(path, key)).map(Optional::of))
                .orElse(Optional.of(Optional.empty()));
    }

    /** Nanoseconds from {@code origin} to {@code time} (negative if before). */
    static long nanos(Instant origin, Instant time) {
        return Duration.between(origin, time).toNanos();
    }

    /** The text at {@code key} if it is there and is text; no problem when it is not. */
    static Optional<String> peek(Node.Mapping m, String key) {
        return m.entries().get(key) instanceof Node.Scalar s ? Optional.of(s.text()) : Optional.empty();
    }

    /** The mapping at {@code key} if it is there and is a mapping; no problem when it is not. */
    static Optional<Node.Mapping> peekMapping(Node.Mapping m, String key) {
        return m.entries().get(key) instanceof Node.Mapping inner ? Optional.of(inner) : Optional.empty();
    }

    /** Whether a name says it is a gateway's ({@code gateway-1-7d9f8-x2x}, {@code app: wasmbed-gateway}). */
    static boolean mentions(String text, String word) {
        return text.toLowerCase(Locale.ROOT).contains(word);
    }

    /** An {@link InvalidFileException} with one problem. */
    static InvalidFileException single(String file, Node.Position position, String path, String found, String allowed) {
        Problems problems = new Problems(file);
        problems.add(position, path, found, allowed);
        return new InvalidFileException(file, List.copyOf(problems.list()));
    }

    /** {@code the fields a, b, c} for messages about a shape. */
    static String keys(Node.Mapping m) {
        return m.entries().isEmpty() ? "no fields" : "the fields " + String.join(", ", m.entries().keySet());
    }
}
