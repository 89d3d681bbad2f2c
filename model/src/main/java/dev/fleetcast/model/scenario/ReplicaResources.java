package dev.fleetcast.model.scenario;

/**
 * What one gateway replica requests and uses, as the autoscalers see it. CPU in millicores,
 * memory in bytes. A replica's CPU use over a metrics window is
 * {@code cpuIdle + cpuPerBusyWorker × (busy worker-time / window)}; its memory is
 * {@code memoryBase + memoryPerConnection × connections}. These are the knobs to calibrate
 * from a real gateway's metrics.
 *
 * @param cpuRequestMillis the container's CPU request (utilization is use over request), > 0
 * @param memoryRequestBytes the container's memory request, > 0
 * @param cpuIdleMillis CPU used with no message in service, ≥ 0
 * @param cpuPerBusyWorkerMillis CPU used by one worker while it serves a message, ≥ 0
 * @param memoryBaseBytes memory used with no connection, ≥ 0
 * @param memoryPerConnectionBytes memory each device connection adds, ≥ 0
 */
public record ReplicaResources(long cpuRequestMillis, long memoryRequestBytes, long cpuIdleMillis,
        long cpuPerBusyWorkerMillis, long memoryBaseBytes, long memoryPerConnectionBytes) {

    public ReplicaResources {
        if (cpuRequestMillis <= 0 || memoryRequestBytes <= 0) {
            throw new IllegalArgumentException("replica resources: CPU and memory requests must be positive, were "
                    + cpuRequestMillis + "m and " + memoryRequestBytes + " bytes");
        }
        if (cpuIdleMillis < 0 || cpuPerBusyWorkerMillis < 0 || memoryBaseBytes < 0 || memoryPerConnectionBytes < 0) {
            throw new IllegalArgumentException("replica resources: uses must be 0 or more");
        }
    }

    /** CPU used in millicores when {@code busyWorkers} workers are busy on average. */
    public double cpuMillis(double busyWorkers) {
        return cpuIdleMillis + cpuPerBusyWorkerMillis * busyWorkers;
    }

    /** Memory used in bytes with {@code connections} device connections. */
    public long memoryBytes(int connections) {
        return memoryBaseBytes + memoryPerConnectionBytes * connections;
    }
}
