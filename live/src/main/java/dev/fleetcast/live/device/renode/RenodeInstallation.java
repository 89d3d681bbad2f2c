package dev.fleetcast.live.device.renode;

import dev.fleetcast.live.device.DeviceRuntime.Availability;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the {@code renode} executable on a search path. */
public final class RenodeInstallation {

    /** What a user reads when Renode is missing. */
    static final String HOW_TO_INSTALL = "install Renode (https://renode.io, e.g. the renode-portable "
            + "Linux package) and put 'renode' on PATH, or use --runtime agent";

    private RenodeInstallation() {
    }

    /**
     * The first executable named {@code renode} in the directories of {@code searchPath} (a PATH
     * value, entries separated by the platform's path separator).
     */
    public static Optional<Path> find(String searchPath) {
        if (searchPath == null || searchPath.isBlank()) {
            return Optional.empty();
        }
        for (String dir : searchPath.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, "renode");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Whether Renode can run with this search path, and if not, what to do. */
    public static Availability availability(String searchPath) {
        return find(searchPath)
                .map(p -> Availability.yes("renode at " + p + " (experimental runtime)"))
                .orElseGet(() -> Availability.no("the renode runtime needs Renode, and no 'renode' executable is on PATH; "
                        + HOW_TO_INSTALL));
    }
}
