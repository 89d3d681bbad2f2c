package dev.fleetcast.formats.foreign;

import java.time.Instant;
import java.util.Objects;

/**
 * One Kubernetes Event, reduced to what timing needs.
 *
 * @param time when it (first) happened: {@code eventTime}, else {@code firstTimestamp}, else
 *     {@code lastTimestamp}, else {@code metadata.creationTimestamp}
 * @param objectKind the kind of object it is about ({@code Deployment}, {@code ReplicaSet}, {@code Pod}, …)
 * @param objectName that object's name
 * @param reason the event's reason ({@code ScalingReplicaSet}, {@code SuccessfulRescale}, {@code Started}, …)
 * @param message its message, or empty
 * @param count how many times it happened (Kubernetes folds repeats into one event)
 */
public record ClusterEvent(Instant time, String objectKind, String objectName, String reason, String message, int count) {

    public ClusterEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(objectKind, "objectKind");
        Objects.requireNonNull(objectName, "objectName");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        if (count < 1) {
            throw new IllegalArgumentException("event " + reason + " of " + objectName
                    + ": count must be at least 1, was " + count);
        }
    }
}
