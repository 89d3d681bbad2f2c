package dev.fleetcast.formats.hpa;

import dev.fleetcast.formats.Quantities;
import dev.fleetcast.formats.validation.Fields;
import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.formats.validation.Problems;
import dev.fleetcast.formats.yaml.Node;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads the HPA files share: quantities, names spelled as the API spells them, seconds. */
final class HpaFields {

    private HpaFields() {
    }

    /** A quantity as a string or a number, in milli-units, checked against {@code min}. */
    static Optional<Long> quantity(Fields fields, Node node, String path, long minMilli, String allowed) {
        if (!(node instanceof Node.Scalar scalar) || scalar.kind() == Node.Scalar.Kind.BOOLEAN) {
            fields.problems().add(node, path, node.describe(), allowed);
            return Optional.empty();
        }
        try {
            long milli = Quantities.milliValue(scalar.text());
            if (milli >= minMilli) {
                return Optional.of(milli);
            }
            fields.problems().add(node, path, node.describe(), allowed);
        } catch (IllegalArgumentException e) {
            fields.problems().add(node, path, node.describe() + " (" + e.getMessage() + ")", allowed);
        }
        return Optional.empty();
    }

    /** One of {@code names}, spelled exactly; its index. */
    static Optional<Integer> choice(Fields fields, Node node, String path, List<String> names) {
        Optional<String> text = fields.string(node, path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int index = names.indexOf(text.get());
        if (index < 0) {
            fields.problems().add(node, path, node.describe(), "one of " + String.join(", ", names));
            return Optional.empty();
        }
        return Optional.of(index);
    }

    /** A number of seconds (any sign, fractions allowed) as nanoseconds, rounded to the nearest. */
    static Optional<Long> seconds(Fields fields, Node node, String path, boolean allowNegative) {
        String allowed = allowNegative ? "a number of seconds relative to the reconcile (negative in the past)"
                : "a number of seconds of at least 0";
        if (node instanceof Node.Scalar scalar
                && (scalar.kind() == Node.Scalar.Kind.INTEGER || scalar.kind() == Node.Scalar.Kind.DECIMAL)) {
            BigDecimal seconds = new BigDecimal(scalar.text());
            BigDecimal nanos = seconds.movePointRight(9).setScale(0, RoundingMode.HALF_EVEN);
            if ((allowNegative || seconds.signum() >= 0) && nanos.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 4)) < 0) {
                return Optional.of(nanos.longValueExact());
            }
        }
        fields.problems().add(node, path, node.describe(), allowed);
        return Optional.empty();
    }

    /** The text of {@code file}, or a one-problem {@link InvalidFileException}. */
    static String readText(Path file, String what) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw single(file.toString(), "no such file", "the path of " + what);
        } catch (IOException e) {
            throw single(file.toString(), "a file that cannot be read (" + e.getMessage() + ")", "a readable " + what);
        }
    }

    static InvalidFileException single(String file, String found, String allowed) {
        Problems problems = new Problems(file);
        problems.add(new Node.Position(0, 0), "", found, allowed);
        return new InvalidFileException(file, problems.list());
    }
}
