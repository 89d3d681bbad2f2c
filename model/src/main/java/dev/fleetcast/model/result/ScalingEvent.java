package dev.fleetcast.model.result;

import java.util.Objects;

/**
 * A change of the scaled Deployment's replica count, and why.
 *
 * @param timeNanos when the autoscaler decided it
 * @param from replicas before
 * @param to replicas after
 * @param reason the autoscaler's own words
 */
public record ScalingEvent(long timeNanos, int from, int to, String reason) {

    public ScalingEvent {
        Objects.requireNonNull(reason, "reason");
    }
}
