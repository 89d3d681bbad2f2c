package dev.fleetcast.model.scaling;

import java.util.List;
import java.util.Objects;

/**
 * What a scaler decided at one evaluation.
 *
 * @param desiredReplicas the replicas the workload should have
 * @param reason why, in words a user can check against the inputs
 * @param removeFirst when scaling in, the replicas to remove, cheapest first (may be empty:
 *     then the workload's own order applies)
 */
public record ScalingDecision(int desiredReplicas, String reason, List<String> removeFirst) {

    public ScalingDecision {
        Objects.requireNonNull(reason, "reason");
        removeFirst = List.copyOf(removeFirst);
        if (desiredReplicas < 0) {
            throw new IllegalArgumentException("desired replicas must be 0 or more, was " + desiredReplicas);
        }
    }

    /** A decision that keeps the replica count. */
    public static ScalingDecision keep(int replicas, String reason) {
        return new ScalingDecision(replicas, reason, List.of());
    }
}
