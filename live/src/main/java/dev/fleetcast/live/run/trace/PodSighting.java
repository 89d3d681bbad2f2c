package dev.fleetcast.live.run.trace;

import dev.fleetcast.model.trace.PodRole;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A Pod as a watch saw it, its times already on the run's time line (nanoseconds from the
 * run's start; the API server's timestamps are whole seconds, so they may read slightly before
 * an event the run timed itself).
 *
 * @param name the pod's name
 * @param role what it is to the platform
 * @param phase status.phase ({@code Pending}, {@code Running}, …), or empty
 * @param createdNanos metadata.creationTimestamp
 * @param scheduledNanos condition PodScheduled, if true
 * @param containersStartedNanos the latest container start, once all run
 * @param readyNanos condition Ready, if true
 * @param restarts container restarts
 */
public record PodSighting(String name, PodRole role, String phase, long createdNanos, OptionalLong scheduledNanos,
        OptionalLong containersStartedNanos, OptionalLong readyNanos, int restarts) {

    public PodSighting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        phase = phase == null ? "" : phase;
        Objects.requireNonNull(scheduledNanos, "scheduledNanos");
        Objects.requireNonNull(containersStartedNanos, "containersStartedNanos");
        Objects.requireNonNull(readyNanos, "readyNanos");
    }
}
