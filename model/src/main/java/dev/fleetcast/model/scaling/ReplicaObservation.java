package dev.fleetcast.model.scaling;

import java.util.Objects;

/**
 * One replica of the scaled workload as a scaler sees it at an evaluation.
 *
 * @param name the pod's name
 * @param ready whether it serves (a starting replica is not ready)
 * @param startedAtNanos when it started
 * @param cpuUtilization CPU used over the metrics window as a fraction of its request (may exceed 1)
 * @param memoryUtilization memory used as a fraction of its request
 * @param connections device connections it holds
 * @param p95LatencyNanos the 95th percentile of its message latency over the window
 */
public record ReplicaObservation(String name, boolean ready, long startedAtNanos, double cpuUtilization,
        double memoryUtilization, int connections, long p95LatencyNanos) {

    public ReplicaObservation {
        Objects.requireNonNull(name, "name");
        if (!(cpuUtilization >= 0) || !(memoryUtilization >= 0)) {
            throw new IllegalArgumentException("replica " + name + ": utilizations must be 0 or more, were cpu "
                    + cpuUtilization + ", memory " + memoryUtilization);
        }
        if (connections < 0 || p95LatencyNanos < 0) {
            throw new IllegalArgumentException("replica " + name + ": connections and latency must be 0 or more");
        }
    }
}
