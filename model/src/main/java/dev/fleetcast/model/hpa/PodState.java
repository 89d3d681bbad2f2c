package dev.fleetcast.model.hpa;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A pod selected by the scale target's selector, as the HPA controller's pod lister sees it.
 *
 * @param name unique within a snapshot
 * @param phase {@code status.phase}
 * @param ready the {@code Ready} condition, or empty when the pod has none
 * @param startTimeNanos {@code status.startTime} relative to the reconcile, or empty when unset
 * @param deleting whether {@code metadata.deletionTimestamp} is set
 * @param containers regular, sidecar and init containers, each in declaration order
 * @param podLevelRequestsMilli {@code spec.resources.requests} (pod-level resources, on by
 *     default since 1.34), resource → milli-units; empty when not set
 */
public record PodState(String name, PodPhase phase, Optional<ReadyCondition> ready, OptionalLong startTimeNanos,
        boolean deleting, List<PodContainer> containers, Map<String, Long> podLevelRequestsMilli) {

    /**
     * The pod's {@code Ready} condition.
     *
     * @param status True, False or Unknown
     * @param lastTransitionNanos {@code lastTransitionTime}, relative to the reconcile
     */
    public record ReadyCondition(Status status, long lastTransitionNanos) {
        /** A condition's status. */
        public enum Status { TRUE, FALSE, UNKNOWN }

        public ReadyCondition {
            Objects.requireNonNull(status, "status");
        }
    }

    public PodState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(ready, "ready");
        Objects.requireNonNull(startTimeNanos, "startTimeNanos");
        containers = List.copyOf(containers);
        podLevelRequestsMilli = Map.copyOf(podLevelRequestsMilli);
        if (name.isBlank()) {
            throw new IllegalArgumentException("a pod needs a name");
        }
    }

    /** Running with {@code Ready=True}: what Object and External Value targets count. */
    public boolean runningAndReady() {
        return phase == PodPhase.RUNNING
                && ready.map(c -> c.status() == ReadyCondition.Status.TRUE).orElse(false);
    }
}
