package dev.fleetcast.model.hpa;

import java.util.Map;
import java.util.Objects;

/**
 * A container of a pod, as far as the HPA cares: its name, its kind, and its resource
 * requests.
 *
 * @param name the container's name
 * @param kind a regular container, a restartable init container (a sidecar, whose requests
 *     count) or a plain init container (whose requests do not)
 * @param requestsMilli resource name → request in milli-units; a resource the container does
 *     not request is absent, which makes a Utilization metric of that resource fail
 */
public record PodContainer(String name, Kind kind, Map<String, Long> requestsMilli) {

    /** Where the container is declared. */
    public enum Kind {
        /** {@code spec.containers}. */
        CONTAINER,
        /** {@code spec.initContainers} with {@code restartPolicy: Always}: a sidecar. */
        SIDECAR,
        /** Any other {@code spec.initContainers} entry. */
        INIT
    }

    public PodContainer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        requestsMilli = Map.copyOf(requestsMilli);
    }

    /** A regular container. */
    public static PodContainer of(String name, Map<String, Long> requestsMilli) {
        return new PodContainer(name, Kind.CONTAINER, requestsMilli);
    }
}
