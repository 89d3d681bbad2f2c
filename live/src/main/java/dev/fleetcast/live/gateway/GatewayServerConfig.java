package dev.fleetcast.live.gateway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.fleetcast.live.protocol.Framing;

/**
 * How a gateway server runs.
 *
 * @param name             the Gateway object's name (metrics label, logs)
 * @param bindHost         the address to listen on ("0.0.0.0" in a pod, "127.0.0.1" in tests)
 * @param port             the TLS port; 0 picks a free one (see {@link GatewayServer#port()})
 * @param heartbeatTimeout a device whose last heartbeat (or connect) is older than this is Unreachable
 * @param monitorInterval  how often the Unreachable monitor looks
 * @param pairingMode      WASMBED's pairing mode: when off, EnrollmentRequest is rejected
 * @param maxFrameBytes    the largest frame body a device may send
 */
public record GatewayServerConfig(String name, String bindHost, int port, Duration heartbeatTimeout, Duration monitorInterval,
        boolean pairingMode, int maxFrameBytes) {

    public GatewayServerConfig {
        List<String> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add("name must not be blank");
        }
        Objects.requireNonNull(bindHost, "bindHost");
        if (port < 0 || port > 65535) {
            problems.add("port must be 0..65535, got " + port);
        }
        if (heartbeatTimeout == null || heartbeatTimeout.isNegative() || heartbeatTimeout.isZero()) {
            problems.add("heartbeatTimeout must be positive, got " + heartbeatTimeout);
        }
        if (monitorInterval == null || monitorInterval.isNegative() || monitorInterval.isZero()) {
            problems.add("monitorInterval must be positive, got " + monitorInterval);
        }
        if (maxFrameBytes < 16) {
            problems.add("maxFrameBytes must be at least 16, got " + maxFrameBytes);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("gateway config: " + String.join("; ", problems));
        }
    }

    /** Defaults: pairing on, 1 MiB frames, monitor every tenth of the timeout (at least 100 ms, at most 5 s). */
    public static GatewayServerConfig of(String name, String bindHost, int port, Duration heartbeatTimeout) {
        long tenth = Math.max(100, Math.min(5000, heartbeatTimeout.toMillis() / 10));
        return new GatewayServerConfig(name, bindHost, port, heartbeatTimeout, Duration.ofMillis(tenth), true,
                Framing.DEFAULT_MAX_FRAME);
    }

    public GatewayServerConfig withMonitorInterval(Duration interval) {
        return new GatewayServerConfig(name, bindHost, port, heartbeatTimeout, interval, pairingMode, maxFrameBytes);
    }

    public GatewayServerConfig withPairingMode(boolean on) {
        return new GatewayServerConfig(name, bindHost, port, heartbeatTimeout, monitorInterval, on, maxFrameBytes);
    }
}
