package dev.fleetcast.live.run;

import dev.fleetcast.formats.result.InputFile;
import dev.fleetcast.live.run.view.Prediction;
import dev.fleetcast.live.run.view.RunView;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a live run runs, beside its plan.
 *
 * @param output where trace.json and run-info.json go
 * @param allowForeignObjects run even beside Gateways, Devices or Deployments fleetcast did not create
 * @param timeoutNanos the run ends at this time at the latest, positive
 * @param settleNanos how long every device must stay Connected (after the last planned action)
 *     before the run counts as settled, 0 or more
 * @param refreshNanos how often the view is refreshed, positive (about a second for people)
 * @param sampleNanos how often devices per gateway are recorded, positive (the scenario's samplingInterval)
 * @param createThreads how many creations and deletions may be under way at once, at least 1 (1: one after
 *     another, as WASMBED's scripts create Devices; more makes a burst a burst at the API server too)
 * @param prediction what the view compares with, if given
 * @param view where progress is shown
 * @param runtimes in-process parts of the platform started and stopped with the run
 * @param fleetcastVersion the version, for run-info.json
 * @param inputs the files the run read, for run-info.json
 */
public record LiveRunOptions(Path output, boolean allowForeignObjects, long timeoutNanos, long settleNanos,
        long refreshNanos, long sampleNanos, int createThreads, Optional<Prediction> prediction, RunView view,
        List<AttachedRuntime> runtimes, String fleetcastVersion, List<InputFile> inputs) {

    public LiveRunOptions {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(prediction, "prediction");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(fleetcastVersion, "fleetcastVersion");
        runtimes = List.copyOf(runtimes);
        inputs = List.copyOf(inputs);
        if (createThreads < 1) {
            throw new IllegalArgumentException("createThreads must be at least 1, was " + createThreads);
        }
        if (timeoutNanos < 1 || refreshNanos < 1 || sampleNanos < 1 || settleNanos < 0) {
            throw new IllegalArgumentException("timeout, refresh and sample intervals must be positive and settle time "
                    + "0 or more; were " + timeoutNanos + ", " + refreshNanos + ", " + sampleNanos + ", "
                    + settleNanos + " ns");
        }
    }
}
