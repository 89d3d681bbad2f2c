package dev.fleetcast.model.hpa;

import java.util.Objects;

/**
 * One pod's value of a Resource, ContainerResource or Pods metric, as the metrics API returned
 * it.
 *
 * @param pod the pod's name; a sample for a pod the lister does not know is kept, as the
 *     controller keeps it (see {@link HpaController})
 * @param valueMilli the value in milli-units (for a Resource metric, the sum over the pod's
 *     containers)
 * @param timestampNanos when the sample was taken, relative to the reconcile
 * @param windowNanos the window the sample averages over (metrics-server: its resolution), at least 0
 */
public record PodSample(String pod, long valueMilli, long timestampNanos, long windowNanos) {

    public PodSample {
        Objects.requireNonNull(pod, "pod");
        if (windowNanos < 0) {
            throw new IllegalArgumentException("sample of " + pod + ": window must not be negative, was "
                    + windowNanos + " ns");
        }
    }
}
