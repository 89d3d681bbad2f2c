package dev.fleetcast.sim.autoscaling;

/**
 * What the metrics pipeline read of one replica at one scrape.
 *
 * @param timeNanos when the sample was taken
 * @param windowNanos the span it averages over (since the previous scrape, or the replica's start)
 * @param cpuMillis mean CPU use over the window, millicores
 * @param memoryBytes memory in use at the scrape
 * @param p95LatencyNanos P95 of message response times finished in the window (0 when none)
 */
public record ResourceSample(long timeNanos, long windowNanos, double cpuMillis, long memoryBytes, long p95LatencyNanos) {
}
