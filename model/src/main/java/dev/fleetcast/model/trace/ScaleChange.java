package dev.fleetcast.model.trace;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A change of a scaled workload's replica count, as observed. Unlike the simulator's
 * {@code ScalingEvent} it names its target, and may not know the count before: Kubernetes'
 * own events often say only the new size.
 *
 * @param timeNanos when it was observed, from the trace's start
 * @param target what was scaled: a Deployment, ReplicaSet or HPA name (a gateway's name in a
 *     live run)
 * @param from replicas before, when known
 * @param to replicas after, 0 or more
 * @param reason why, in the scaler's own words (may be empty)
 */
public record ScaleChange(long timeNanos, String target, OptionalInt from, int to, String reason) {

    public ScaleChange {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(reason, "reason");
        if (timeNanos < 0) {
            throw new IllegalArgumentException("scale change of " + target + ": time must be 0 or more, was "
                    + timeNanos + " ns");
        }
        if (target.isBlank()) {
            throw new IllegalArgumentException("scale change: the target must be named");
        }
        if (to < 0 || from.orElse(0) < 0) {
            throw new IllegalArgumentException("scale change of " + target + ": replica counts must be 0 or more, were "
                    + (from.isPresent() ? from.getAsInt() : "?") + " -> " + to);
        }
    }
}
