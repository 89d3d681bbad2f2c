package dev.fleetcast.formats.scenario;

import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.formats.validation.Problem;
import dev.fleetcast.formats.yaml.Node;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the files a scenario names (a calibration file, an HPA manifest) are found: beside
 * the scenario file on disk, or beside a built-in scenario among the resources.
 */
@FunctionalInterface
public interface Includes {

    /** A file's name as messages should show it, and its text. */
    record Included(String name, String text) {
    }

    /**
     * The file at {@code path}, relative to the scenario.
     *
     * @throws InvalidFileException naming the file when it is missing or unreadable
     */
    Included read(String path);

    /** Files relative to {@code directory}. */
    static Includes directory(Path directory) {
        return path -> {
            Path file;
            try {
                file = directory.resolve(path);
            } catch (InvalidPathException e) {
                throw missing(path, "a path that cannot be (" + e.getReason() + ")");
            }
            try {
                return new Included(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            } catch (NoSuchFileException e) {
                throw missing(file.toString(), "no such file");
            } catch (IOException e) {
                throw missing(file.toString(), "a file that cannot be read (" + e.getMessage() + ")");
            }
        };
    }

    /** Class-path resources relative to {@code folder} (which ends in a slash), as built-in scenarios name them. */
    static Includes resources(Class<?> anchor, String folder) {
        return path -> {
            try (InputStream in = anchor.getResourceAsStream(folder + path)) {
                if (in == null) {
                    throw missing(path, "no such built-in file");
                }
                return new Included(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read built-in file " + path, e);
            }
        };
    }

    private static InvalidFileException missing(String name, String found) {
        return new InvalidFileException(name, List.of(new Problem(name, new Node.Position(0, 0), "", found,
                "a readable file")));
    }
}
