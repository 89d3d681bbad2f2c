package dev.fleetcast.formats.validation;

import dev.fleetcast.formats.yaml.Node;
import java.util.Objects;

/**
 * One thing wrong with an input file: where, which field, what was found and what is allowed.
 *
 * @param file the file as the user named it
 * @param position line and column (0:0 when unknown)
 * @param path the field path, such as {@code controller.workers} or {@code faults[2].at}
 * @param found what the file says there
 * @param allowed what would be accepted
 */
public record Problem(String file, Node.Position position, String path, String found, String allowed) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(allowed, "allowed");
    }

    /** {@code scenario.yaml:12:5: controller.workers: found 0; allowed: an integer of at least 1}. */
    public String format() {
        String where = position.line() > 0 ? file + ":" + position : file;
        return where + ": " + (path.isEmpty() ? "" : path + ": ") + "found " + found + "; allowed: " + allowed;
    }
}
