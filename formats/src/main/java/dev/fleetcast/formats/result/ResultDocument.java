package dev.fleetcast.formats.result;

import dev.fleetcast.formats.validation.Fields;
import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.formats.validation.Problems;
import dev.fleetcast.formats.yaml.Node;
import dev.fleetcast.formats.yaml.YamlSyntaxException;
import dev.fleetcast.formats.yaml.YamlTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Opening a JSON file that fleetcast wrote, before its reader takes over: the text parsed once
 * into a located tree, its {@code kind} to tell which reader it needs, and the check of
 * {@code schemaVersion} and {@code kind} that every result reader starts with. Every failure is
 * an {@link InvalidFileException} naming the file.
 */
public final class ResultDocument {

    private ResultDocument() {
    }

    /**
     * Reads and parses {@code file} as strict JSON.
     *
     * @param what what the file should be, for the message when it is missing or unreadable
     * @throws InvalidFileException if it is missing, unreadable or not well-formed JSON
     */
    public static Node parse(Path file, String what) {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw single(name, "no such file", "the path of " + what);
        } catch (IOException e) {
            throw single(name, "a file that cannot be read as UTF-8 text (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()) + ")", what);
        }
        return parse(name, text, what);
    }

    /** Parses {@code text} as strict JSON, naming it {@code name} in messages. */
    public static Node parse(String name, String text, String what) {
        try {
            return new YamlTree().parseJson(text);
        } catch (YamlSyntaxException e) {
            Problems problems = new Problems(name);
            problems.add(e.position(), "", "malformed JSON (" + e.getMessage() + ")", what);
            throw new InvalidFileException(name, problems.list());
        }
    }

    /** The document's top-level {@code kind}, if it is a mapping with a text {@code kind}. */
    public static Optional<String> kind(Node root) {
        if (root instanceof Node.Mapping mapping && mapping.entries().get("kind") instanceof Node.Scalar scalar
                && scalar.kind() == Node.Scalar.Kind.STRING) {
            return Optional.of(scalar.text());
        }
        return Optional.empty();
    }

    /** Records a problem unless {@code top} says {@code schemaVersion: version} and {@code kind: kind}. */
    static void header(Fields fields, Node.Mapping top, String kind, int version) {
        fields.required(top, "", "schemaVersion").flatMap(v -> fields.integer(v, "schemaVersion", 1, Long.MAX_VALUE))
                .filter(v -> v != version)
                .ifPresent(v -> fields.problems().add(top.entries().get("schemaVersion"), "schemaVersion",
                        "version " + v, "version " + version));
        fields.required(top, "", "kind").flatMap(n -> fields.string(n, "kind")).filter(k -> !k.equals(kind))
                .ifPresent(k -> fields.problems().add(top.entries().get("kind"), "kind", "\"" + k + "\"",
                        "\"" + kind + "\""));
    }

    static InvalidFileException single(String name, String found, String allowed) {
        Problems problems = new Problems(name);
        problems.add(new Node.Position(0, 0), "", found, allowed);
        return new InvalidFileException(name, List.copyOf(problems.list()));
    }
}
