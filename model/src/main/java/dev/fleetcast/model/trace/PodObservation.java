package dev.fleetcast.model.trace;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * The start-up of one pod, as seen through its conditions. Times are nanoseconds from the
 * trace's start; the record does not insist on their order, because they come from different
 * clocks (the API server stamps creation, the kubelet stamps container starts) and real
 * clusters skew — whoever measures from them decides what to do with a negative difference.
 *
 * @param name the pod's name
 * @param role what the pod was to the platform
 * @param createdNanos when it was created ({@code metadata.creationTimestamp})
 * @param scheduledNanos when it was bound to a node (condition {@code PodScheduled}), if it was
 * @param containersStartedNanos when the last of its containers started running, if all did
 * @param readyNanos when it became Ready (condition {@code Ready}), if it did
 * @param restarts container restarts so far; after one, a container's start time and the
 *     Ready transition are the latest, not the first
 */
public record PodObservation(String name, PodRole role, long createdNanos, OptionalLong scheduledNanos,
        OptionalLong containersStartedNanos, OptionalLong readyNanos, int restarts) {

    public PodObservation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scheduledNanos, "scheduledNanos");
        Objects.requireNonNull(containersStartedNanos, "containersStartedNanos");
        Objects.requireNonNull(readyNanos, "readyNanos");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a pod must be named");
        }
        if (createdNanos < 0 || scheduledNanos.orElse(0) < 0 || containersStartedNanos.orElse(0) < 0
                || readyNanos.orElse(0) < 0) {
            throw new IllegalArgumentException("pod " + name + ": times must be 0 or more (from the trace's start)");
        }
        if (restarts < 0) {
            throw new IllegalArgumentException("pod " + name + ": restarts must be 0 or more, was " + restarts);
        }
    }
}
