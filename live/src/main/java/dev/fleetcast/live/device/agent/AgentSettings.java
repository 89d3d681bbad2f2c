package dev.fleetcast.live.device.agent;

import dev.fleetcast.live.device.ReconnectBackoff;
import java.util.Objects;

/**
 * How agents behave.
 *
 * @param heartbeatIntervalNanos time between heartbeats once enrolled (WASMBED: 30 s)
 * @param enrollmentTimeoutNanos how long a connection may take from TCP connect to
 *     EnrollmentCompleted before the agent gives up on it and backs off
 * @param silenceLimit how many heartbeat intervals without any message from the gateway make the
 *     agent drop the connection as dead (at least 2)
 * @param backoff waits between reconnect attempts
 * @param verifyHostname whether the gateway certificate must name the endpoint's host (needs a DNS
 *     name endpoint: the name is checked as sent in SNI, which cannot carry an IP literal)
 * @param ioThreads event-loop threads shared by all agents (at least 1)
 * @param connectTimeoutMillis TCP connect timeout
 * @param maxFrameBytes the largest frame accepted from a gateway
 * @param maxConcurrentEnrollments how many connection attempts (connect, TLS, enrollment) may be in
 *     flight at once across all agents; the rest queue (see {@code EnrollmentGate})
 */
public record AgentSettings(long heartbeatIntervalNanos, long enrollmentTimeoutNanos, int silenceLimit,
        ReconnectBackoff backoff, boolean verifyHostname, int ioThreads, int connectTimeoutMillis, int maxFrameBytes,
        int maxConcurrentEnrollments) {

    private static final long S = 1_000_000_000L;

    public AgentSettings {
        Objects.requireNonNull(backoff, "backoff");
        if (heartbeatIntervalNanos < 1_000_000) {
            throw new IllegalArgumentException("agent settings: heartbeat interval must be at least 1 ms, was "
                    + heartbeatIntervalNanos + " ns");
        }
        if (enrollmentTimeoutNanos < 1_000_000) {
            throw new IllegalArgumentException("agent settings: enrollment timeout must be at least 1 ms, was "
                    + enrollmentTimeoutNanos + " ns");
        }
        if (silenceLimit < 2) {
            throw new IllegalArgumentException("agent settings: silence limit must be at least 2 intervals, was "
                    + silenceLimit);
        }
        if (ioThreads < 1) {
            throw new IllegalArgumentException("agent settings: ioThreads must be at least 1, was " + ioThreads);
        }
        if (connectTimeoutMillis < 1) {
            throw new IllegalArgumentException("agent settings: connect timeout must be positive, was "
                    + connectTimeoutMillis + " ms");
        }
        if (maxConcurrentEnrollments < 1) {
            throw new IllegalArgumentException("agent settings: maxConcurrentEnrollments must be at least 1, was "
                    + maxConcurrentEnrollments);
        }
        if (maxFrameBytes < 16) {
            throw new IllegalArgumentException("agent settings: maxFrameBytes must be at least 16, was " + maxFrameBytes);
        }
    }

    /**
     * WASMBED-like defaults with the given heartbeat interval: enrollment timeout 30 s, dead after 3
     * silent intervals, backoff 1 s doubling to 30 s, one I/O thread per core, 10 s connect timeout,
     * 1 MiB frames, 32 enrollments in flight.
     */
    public static AgentSettings defaults(long heartbeatIntervalNanos) {
        return new AgentSettings(heartbeatIntervalNanos, 30 * S, 3, ReconnectBackoff.wasmbed(), false,
                Runtime.getRuntime().availableProcessors(), 10_000, 1024 * 1024, 32);
    }

    public AgentSettings withBackoff(ReconnectBackoff next) {
        return new AgentSettings(heartbeatIntervalNanos, enrollmentTimeoutNanos, silenceLimit, next, verifyHostname,
                ioThreads, connectTimeoutMillis, maxFrameBytes, maxConcurrentEnrollments);
    }

    public AgentSettings withEnrollmentTimeout(long nanos) {
        return new AgentSettings(heartbeatIntervalNanos, nanos, silenceLimit, backoff, verifyHostname,
                ioThreads, connectTimeoutMillis, maxFrameBytes, maxConcurrentEnrollments);
    }

    public AgentSettings withSilenceLimit(int intervals) {
        return new AgentSettings(heartbeatIntervalNanos, enrollmentTimeoutNanos, intervals, backoff, verifyHostname,
                ioThreads, connectTimeoutMillis, maxFrameBytes, maxConcurrentEnrollments);
    }

    public AgentSettings withHeartbeatInterval(long nanos) {
        return new AgentSettings(nanos, enrollmentTimeoutNanos, silenceLimit, backoff, verifyHostname,
                ioThreads, connectTimeoutMillis, maxFrameBytes, maxConcurrentEnrollments);
    }

    public AgentSettings withMaxConcurrentEnrollments(int limit) {
        return new AgentSettings(heartbeatIntervalNanos, enrollmentTimeoutNanos, silenceLimit, backoff, verifyHostname,
                ioThreads, connectTimeoutMillis, maxFrameBytes, limit);
    }

    public AgentSettings withIoThreads(int threads) {
        return new AgentSettings(heartbeatIntervalNanos, enrollmentTimeoutNanos, silenceLimit, backoff, verifyHostname,
                threads, connectTimeoutMillis, maxFrameBytes, maxConcurrentEnrollments);
    }
}
