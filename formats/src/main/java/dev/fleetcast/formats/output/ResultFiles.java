package dev.fleetcast.formats.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the files of one output directory so that a reader never sees a half-written file:
 * each file is written beside its target under a temporary name, then moved into place in
 * one step. A run that fails part-way leaves earlier files whole and later ones absent (or
 * as they were).
 */
public final class ResultFiles {

    private final Path directory;

    private ResultFiles(Path directory) {
        this.directory = directory;
    }

    /**
     * Opens {@code directory} for writing, creating it and its parents if needed.
     *
     * @throws OutputException if it cannot be created or is not a writable directory
     */
    public static ResultFiles in(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (FileAlreadyExistsException | NotDirectoryException e) {
            throw new OutputException("output " + directory + " exists and is not a directory");
        } catch (IOException e) {
            throw new OutputException("cannot create output directory " + directory + ": " + describe(e));
        }
        if (!Files.isWritable(directory)) {
            throw new OutputException("output directory " + directory + " is not writable");
        }
        return new ResultFiles(directory);
    }

    /** The directory written to. */
    public Path directory() {
        return directory;
    }

    /**
     * Writes {@code text} as UTF-8 to {@code name} in the directory, replacing any earlier
     * file of that name only once the new one is complete.
     *
     * @return the file's path
     * @throws OutputException if it cannot be written
     */
    public Path write(String name, String text) {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code bytes} (a figure, say) to {@code name} in the directory, replacing any
     * earlier file of that name only once the new one is complete.
     *
     * @return the file's path
     * @throws OutputException if it cannot be written
     */
    public Path write(String name, byte[] bytes) {
        Path target = directory.resolve(name);
        Path temporary = directory.resolve("." + name + ".partial");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The write already failed; that is the error worth reporting.
            }
            throw new OutputException("cannot write " + target + ": " + describe(e));
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " " + e.getMessage();
    }
}
