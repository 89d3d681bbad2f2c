package dev.fleetcast.formats.validation;

import dev.fleetcast.formats.yaml.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of one file, so that the user hears of all of them at once.
 * Not thread-safe.
 */
public final class Problems {

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    /** @param file the file as the user named it, used in every message */
    public Problems(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    /** Records that at {@code node}, field {@code path}, {@code found} was found where {@code allowed} is allowed. */
    public void add(Node node, String path, String found, String allowed) {
        add(node.position(), path, found, allowed);
    }

    public void add(Node.Position position, String path, String found, String allowed) {
        problems.add(new Problem(file, position, path, found, allowed));
    }

    /** Adds problems found in another file (a file this one refers to), keeping their file names. */
    public void addAll(List<Problem> found) {
        problems.addAll(found);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(problems);
    }

    /** Throws an {@link InvalidFileException} with every problem, if there are any. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidFileException(file, problems);
        }
    }
}
