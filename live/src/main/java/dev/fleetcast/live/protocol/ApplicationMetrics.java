package dev.fleetcast.live.protocol;

/** WASMBED's {@code ApplicationMetrics}: u64 values are carried as unsigned longs. */
public record ApplicationMetrics(long memoryUsage, float cpuUsage, long uptime, long functionCalls) {
}
