package dev.fleetcast.model.scaling;

import java.util.List;
import java.util.OptionalDouble;

/**
 * What a scaler sees of its workload at one evaluation.
 *
 * @param timeNanos when
 * @param currentReplicas the replicas the workload is asked to have now (its spec)
 * @param replicas the replicas that exist, ready or starting
 * @param externalMetric the external metric's current value, for scalers that follow one
 */
public record WorkloadObservation(long timeNanos, int currentReplicas, List<ReplicaObservation> replicas,
        OptionalDouble externalMetric) {

    public WorkloadObservation {
        replicas = List.copyOf(replicas);
        if (currentReplicas < 0) {
            throw new IllegalArgumentException("current replicas must be 0 or more, was " + currentReplicas);
        }
    }

    /** The replicas that serve. */
    public List<ReplicaObservation> ready() {
        return replicas.stream().filter(ReplicaObservation::ready).toList();
    }
}
