package dev.fleetcast.formats.result;

import dev.fleetcast.formats.validation.Fields;
import dev.fleetcast.formats.validation.Items;
import dev.fleetcast.formats.validation.Problems;
import dev.fleetcast.formats.yaml.Node;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code run-info.json} (kind {@code run-info}, schemaVersion 1) back into a
 * {@link RunInfo}. Problems are thrown together as one
 * {@link dev.fleetcast.formats.validation.InvalidFileException}; unknown fields are ignored.
 */
public final class RunInfoReader {

    /** The file's kind. */
    public static final String KIND = "run-info";

    private static final String WHAT = "a run-info file (JSON, kind " + KIND + ")";

    /** Reads and validates {@code file}. */
    public RunInfo read(Path file) {
        return read(file.toString(), ResultDocument.parse(file, WHAT));
    }

    /** Reads an already parsed document, naming it {@code name} in messages. */
    public RunInfo read(String name, Node root) {
        Fields fields = new Fields(new Problems(name));
        Optional<RunInfo> info = fields.mapping(root, "").flatMap(top -> {
            ResultDocument.header(fields, top, KIND, RunInfoJson.SCHEMA_VERSION);
            Optional<String> version = Items.text(fields, top, "", "fleetcastVersion", "");
            Optional<String> started = Items.text(fields, top, "", "startedAt", "");
            Optional<Double> wall = fields.required(top, "", "wallSeconds")
                    .flatMap(n -> fields.nonNegativeNumber(n, "wallSeconds"));
            Optional<String> host = Items.text(fields, top, "", "host", "");
            Optional<String> java = Items.text(fields, top, "", "java", "");
            Optional<Long> processors = ResultParts.integer(fields, top, "", "processors", 1, Integer.MAX_VALUE);
            Optional<List<InputFile>> inputs = Items.optionalList(fields, top, "", "inputs", RunInfoReader::input);
            if (!fields.problems().isEmpty()) {
                return Optional.empty();
            }
            return ResultParts.refused(fields, top, "", "a consistent run-info file (docs/formats.md)",
                    () -> new RunInfo(version.get(), started.get(), wall.get(), host.get(), java.get(),
                            processors.get().intValue(), inputs.get()));
        });
        fields.problems().throwIfAny();
        return info.orElseThrow();
    }

    private static Optional<InputFile> input(Fields fields, Node node, String path) {
        return fields.mapping(node, path).flatMap(m -> {
            Optional<String> role = Items.name(fields, m, path, "role");
            Optional<String> file = Items.name(fields, m, path, "path");
            Optional<String> sha = Items.name(fields, m, path, "sha256").filter(s -> {
                boolean hex = s.matches("[0-9a-f]{64}");
                if (!hex) {
                    fields.problems().add(m.entries().get("sha256"), path + ".sha256", "\"" + s + "\"",
                            "64 lower-case hex digits");
                }
                return hex;
            });
            if (role.isEmpty() || file.isEmpty() || sha.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new InputFile(role.get(), file.get(), sha.get()));
        });
    }
}
