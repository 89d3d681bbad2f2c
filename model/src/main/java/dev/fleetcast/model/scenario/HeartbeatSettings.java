package dev.fleetcast.model.scenario;

/**
 * Heartbeats, their monitor, and devices' reconnection.
 *
 * @param intervalNanos a device's heartbeat period (WASMBED: 30 s)
 * @param monitorPeriodNanos how often the monitor checks last heartbeats (WASMBED: 30 s)
 * @param unreachableAfterNanos a device whose last heartbeat is older than this is marked
 *     Unreachable (WASMBED: 90 s)
 * @param reconnectBaseNanos a device's first reconnect attempt after losing its gateway; each
 *     further attempt waits twice as long
 * @param reconnectCapNanos the longest wait between reconnect attempts
 */
public record HeartbeatSettings(
        long intervalNanos, long monitorPeriodNanos, long unreachableAfterNanos, long reconnectBaseNanos,
        long reconnectCapNanos) {

    public HeartbeatSettings {
        positive("interval", intervalNanos);
        positive("monitorPeriod", monitorPeriodNanos);
        positive("unreachableAfter", unreachableAfterNanos);
        positive("reconnectBase", reconnectBaseNanos);
        positive("reconnectCap", reconnectCapNanos);
        if (reconnectCapNanos < reconnectBaseNanos) {
            throw new IllegalArgumentException("heartbeat: reconnectCap (" + reconnectCapNanos
                    + " ns) must not be below reconnectBase (" + reconnectBaseNanos + " ns)");
        }
    }

    private static void positive(String field, long nanos) {
        if (nanos < 1) {
            throw new IllegalArgumentException("heartbeat: " + field + " must be positive, was " + nanos + " ns");
        }
    }
}
