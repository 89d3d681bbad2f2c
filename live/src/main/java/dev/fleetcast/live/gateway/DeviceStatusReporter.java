package dev.fleetcast.live.gateway;

import java.time.Instant;

/**
 * Where a gateway reports what happens to its devices. The gateway calls these on its network
 * threads, so an implementation must not block (queue slow writes). Calls for one device arrive in
 * the order the events happened. Times come from the gateway's injected clock.
 */
public interface DeviceStatusReporter {

    /** The device sent its public key and received its UUID: phase Enrolled. */
    void enrolled(String device, Instant at);

    /** The device acknowledged enrollment: phase Connected, connectedSince, gateway.connectedAt. */
    void connected(String device, Instant at);

    /** A heartbeat arrived (the gateway does not throttle; see {@link HeartbeatThrottle}). */
    void heartbeat(String device, Instant at);

    /** No heartbeat for longer than the timeout; the gateway closed the connection: phase Unreachable. */
    void unreachable(String device, Instant at);

    /** The connection closed for any other reason (device left, drain, malformed input): phase Disconnected. */
    void disconnected(String device, Instant at);

    /** Flushes and stops; default: nothing to do. */
    default void close() {
    }
}
