package dev.fleetcast.model.hpa;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one HPA reconcile sees: the target's scale subresource, the pods its selector
 * lists, what the metrics APIs return, and the controller's remembered history. Times are
 * nanoseconds relative to the reconcile (0 is now, the past is negative).
 *
 * @param specReplicas {@code scale.spec.replicas}: the controller's "current" replicas
 * @param statusReplicas {@code scale.status.replicas}: used by AverageValue targets of Object
 *     and External metrics
 * @param pods the pods the selector lists, names unique
 * @param readings what the metrics APIs returned; a metric of the spec with no reading fails
 *     as an unanswered query would
 * @param history the controller's recommendations and scale events
 */
public record HpaSnapshot(int specReplicas, int statusReplicas, List<PodState> pods, List<MetricReading> readings,
        HpaHistory history) {

    public HpaSnapshot {
        Objects.requireNonNull(history, "history");
        pods = List.copyOf(pods);
        readings = List.copyOf(readings);
        if (specReplicas < 0 || statusReplicas < 0) {
            throw new IllegalArgumentException("scale replicas must not be negative, were spec " + specReplicas
                    + " and status " + statusReplicas);
        }
        Set<String> names = new HashSet<>();
        for (PodState pod : pods) {
            if (!names.add(pod.name())) {
                throw new IllegalArgumentException("two pods are named " + pod.name());
            }
        }
    }

    /** The first reading for {@code id}, if any. */
    public Optional<MetricReading.Data> reading(MetricId id) {
        for (MetricReading reading : readings) {
            if (reading.id().equals(id)) {
                return Optional.of(reading.data());
            }
        }
        return Optional.empty();
    }
}
