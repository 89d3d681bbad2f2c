package dev.fleetcast.live.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passes at most one heartbeat per device per interval on to another reporter, so thousands of
 * devices heartbeating every few seconds do not become thousands of API writes. Every other event
 * passes through; a connect resets the device's window (its connect already wrote lastHeartbeat).
 */
public final class HeartbeatThrottle implements DeviceStatusReporter {

    private final DeviceStatusReporter next;
    private final Duration interval;
    private final Map<String, Instant> lastPassed = new ConcurrentHashMap<>();

    public HeartbeatThrottle(DeviceStatusReporter next, Duration interval) {
        this.next = Objects.requireNonNull(next, "next");
        if (interval.isNegative()) {
            throw new IllegalArgumentException("interval must not be negative, got " + interval);
        }
        this.interval = interval;
    }

    @Override
    public void enrolled(String device, Instant at) {
        next.enrolled(device, at);
    }

    @Override
    public void connected(String device, Instant at) {
        lastPassed.put(device, at);
        next.connected(device, at);
    }

    @Override
    public void heartbeat(String device, Instant at) {
        Instant last = lastPassed.get(device);
        if (last == null || !at.isBefore(last.plus(interval))) {
            lastPassed.put(device, at);
            next.heartbeat(device, at);
        }
    }

    @Override
    public void unreachable(String device, Instant at) {
        lastPassed.remove(device);
        next.unreachable(device, at);
    }

    @Override
    public void disconnected(String device, Instant at) {
        lastPassed.remove(device);
        next.disconnected(device, at);
    }

    @Override
    public void close() {
        next.close();
    }
}
