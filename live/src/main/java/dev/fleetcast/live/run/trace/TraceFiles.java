package dev.fleetcast.live.run.trace;

import dev.fleetcast.formats.output.ResultFiles;
import dev.fleetcast.formats.result.RunInfo;
import dev.fleetcast.formats.result.RunInfoJson;
import dev.fleetcast.formats.trace.TraceJson;
import dev.fleetcast.model.trace.Trace;
import java.nio.file.Path;

/**
 * Writes a live run's {@code trace.json} (kind {@code fleetcast-trace}) and
 * {@code run-info.json} with formats' writers, each under a temporary name then moved into
 * place, so a reader — or a run stopped by Ctrl-C half-way through writing — never leaves a
 * half-written trace.
 */
public final class TraceFiles {

    /** The trace's file name in the output directory. */
    public static final String TRACE = "trace.json";
    /** The run-info's file name in the output directory. */
    public static final String RUN_INFO = "run-info.json";

    private TraceFiles() {
    }

    /** Writes both files into {@code directory} (created if needed); returns the trace's path. */
    public static Path write(Path directory, Trace trace, RunInfo info) {
        ResultFiles files = ResultFiles.in(directory);
        Path written = files.write(TRACE, new TraceJson().write(trace));
        files.write(RUN_INFO, new RunInfoJson().write(info));
        return written;
    }
}
