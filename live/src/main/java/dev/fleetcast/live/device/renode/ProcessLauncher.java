package dev.fleetcast.live.device.renode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Starts an external process; a seam so tests can check the command without running Renode. */
@FunctionalInterface
public interface ProcessLauncher {

    /**
     * Starts {@code command} in {@code workDir}, its output (stdout and stderr) appended to {@code log},
     * its standard input a pipe kept open (Renode's console monitor quits at end of input).
     */
    Process launch(List<String> command, Path workDir, Path log) throws IOException;

    /** The real one, over {@link ProcessBuilder}. */
    static ProcessLauncher system() {
        return (command, workDir, log) -> new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }
}
