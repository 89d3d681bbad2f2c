package dev.fleetcast.formats.result;

import java.util.List;
import java.util.Objects;

/**
 * What cannot repeat between two runs of the same seed — when, where, how long — kept out of
 * the result file so that the result file can repeat byte for byte.
 *
 * @param fleetcastVersion the version that ran
 * @param startedAt when the run started, ISO-8601 UTC
 * @param wallSeconds wall-clock duration of the run
 * @param host the machine's host name
 * @param java the Java runtime ({@code java.vm.name} and {@code java.runtime.version})
 * @param processors processors available to the JVM
 * @param inputs the files the run read, with their hashes (none for built-in studies)
 */
public record RunInfo(String fleetcastVersion, String startedAt, double wallSeconds, String host, String java,
        int processors, List<InputFile> inputs) {

    public RunInfo {
        Objects.requireNonNull(fleetcastVersion, "fleetcastVersion");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(java, "java");
        inputs = List.copyOf(inputs);
        if (wallSeconds < 0) {
            throw new IllegalArgumentException("wallSeconds must be 0 or more, was " + wallSeconds);
        }
    }
}
