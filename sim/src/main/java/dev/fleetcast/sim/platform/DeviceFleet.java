package dev.fleetcast.sim.platform;

import dev.fleetcast.model.fleet.DevicePhase;
import dev.fleetcast.model.fleet.GatewayPhase;
import dev.fleetcast.model.scenario.Fault;
import dev.fleetcast.model.scenario.HeartbeatSettings;
import dev.fleetcast.model.scenario.Latencies;
import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.timeline.DeviceEventKind;
import dev.fleetcast.model.timeline.TimelineSink;
import dev.fleetcast.sim.kernel.Engine;
import dev.fleetcast.sim.random.RandomStreams;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The data plane: device runtimes (pod start-up, enrollment handshake, heartbeats,
 * reconnection with backoff), gateway runtimes (up, down, partitioned), and the heartbeat
 * monitor that marks devices Unreachable.
 *
 * <p>Event economy: heartbeats are not events. A device heartbeats every interval from its
 * enrollment; only when its gateway is lost does it matter when the last one arrived, and
 * that is computed, not simulated. The monitor checks every period (from a random offset);
 * each lost device costs one event at the check that finds it stale.
 *
 * <p>A device learns its gateway from its own watch of its Device object. It connects as soon
 * as its pod is ready and it knows a reachable gateway; after losing a gateway it retries at
 * base, 2×base, 4×base … (capped) after the loss, and connects at the first retry at which
 * its known gateway is reachable.
 *
 * <p>A gateway with an {@code ADD} fault is rolled out at that time instead of at the start.
 *
 * <p>Random streams: {@code device-<name>/pod-startup}, {@code device-<name>/handshake},
 * {@code gateway-<name>/failure-noticed}, {@code gateway-<name>/rollout}, {@code monitor}.
 */
final class DeviceFleet {

    /** A device's runtime state. */
    private static final class Device {
        final String name;
        final UniformRandomProvider handshakeRandom;
        boolean podReady;
        String knownGateway = "";
        String connectedGateway = "";
        boolean handshaking;
        boolean everEnrolled;
        long enrolledAt = -1;
        long lostAt = -1;
        long detectionToken = -1;
        long retryToken = -1;

        Device(String name, UniformRandomProvider handshakeRandom) {
            this.name = name;
            this.handshakeRandom = handshakeRandom;
        }
    }

    /** A gateway's runtime state. */
    private static final class Gateway {
        boolean podUp;
        boolean partitioned;
        boolean failedWritten;
        final Set<String> connected = new LinkedHashSet<>();

        boolean reachable() {
            return podUp && !partitioned;
        }
    }

    private final Engine engine;
    private final ApiServer api;
    private final RandomStreams streams;
    private final Latencies latencies;
    private final HeartbeatSettings heartbeat;
    private final TimelineSink timeline;
    private final ConnectionListener connections;
    private final long monitorOffset;
    private final Map<String, Device> devices = new HashMap<>();
    private final Map<String, Gateway> gateways = new LinkedHashMap<>();

    DeviceFleet(Engine engine, ApiServer api, RandomStreams streams, Latencies latencies, HeartbeatSettings heartbeat,
            TimelineSink timeline, ConnectionListener connections) {
        this.connections = connections;
        this.engine = engine;
        this.api = api;
        this.streams = streams;
        this.latencies = latencies;
        this.heartbeat = heartbeat;
        this.timeline = timeline;
        this.monitorOffset = streams.stream("monitor").nextLong(heartbeat.monitorPeriodNanos());
        api.gateways().forEach(g -> gateways.put(g.spec.name(), new Gateway()));
    }

    /** The agents' own watches: each device hears of its Device object's changes. */
    void onChange(ObjectChange change) {
        if (change instanceof ObjectChange.DeviceChanged changed) {
            Device device = devices.get(changed.name());
            if (device != null && !changed.gateway().equals(device.knownGateway)) {
                device.knownGateway = changed.gateway();
                if (!device.connectedGateway.isEmpty() && !device.connectedGateway.equals(changed.gateway())) {
                    // A planned move (rebalancing, or failover off a gateway still reachable):
                    // leave the old gateway and enroll with the new one at once.
                    gateways.get(device.connectedGateway).connected.remove(device.name);
                    connections.closed(device.name, device.connectedGateway);
                    device.connectedGateway = "";
                    if (device.detectionToken >= 0) {
                        engine.cancel(device.detectionToken);
                        device.detectionToken = -1;
                    }
                }
                tryConnect(device);
            }
        }
    }

    /** Rolls out every gateway except those that join later: Running after its rollout latency. */
    void rollOutGateways(Set<String> joiningLater) {
        for (String name : gateways.keySet()) {
            if (!joiningLater.contains(name)) {
                rollOut(name);
            }
        }
    }

    /** Rolls out {@code name} now: Running after its rollout latency (a gateway an autoscaler adds). */
    void rollOutNow(String name) {
        rollOut(name);
    }

    private void rollOut(String name) {
        long rollout = latencies.gatewayRollout().sampleNanos(streams.stream("gateway-" + name + "/rollout"));
        engine.scheduleAfter(rollout, () -> {
            gateways.get(name).podUp = true;
            api.writeGatewayPhase(name, GatewayPhase.RUNNING);
            reconnectWaiting(name);
        });
    }

    /** Creates a device now: its object at the API server, and its pod starting. */
    void create(String name) {
        Device device = new Device(name, streams.stream("device-" + name + "/handshake"));
        devices.put(name, device);
        timeline.record(new DeviceEvent(engine.now(), name, DeviceEventKind.CREATED, ""));
        api.createDevice(name);
        long startup = latencies.podStartup().sampleNanos(streams.stream("device-" + name + "/pod-startup"));
        engine.scheduleAfter(startup, () -> {
            device.podReady = true;
            timeline.record(new DeviceEvent(engine.now(), name, DeviceEventKind.POD_READY, ""));
            tryConnect(device);
        });
    }

    /** Applies a fault now. */
    void apply(Fault fault) {
        String name = fault.gateway();
        if (fault.kind() == Fault.Kind.ADD) {
            rollOut(name);
            return;
        }
        Gateway gateway = gateways.get(name);
        boolean wasReachable = gateway.reachable();
        if (fault.kind() == Fault.Kind.PARTITION) {
            gateway.partitioned = true;
            engine.scheduleAfter(fault.durationNanos(), () -> {
                gateway.partitioned = false;
                reconnectWaiting(name);
            });
        } else {
            gateway.podUp = false;
            GatewayPhase noticedPhase = fault.kind() == Fault.Kind.DELETE ? GatewayPhase.STOPPED : GatewayPhase.FAILED;
            long noticed = latencies.failureNoticed().sampleNanos(streams.stream("gateway-" + name + "/failure-noticed"));
            engine.scheduleAfter(noticed, () -> {
                if (!gateway.podUp) {
                    gateway.failedWritten = true;
                    api.writeGatewayPhase(name, noticedPhase);
                }
            });
            if (fault.kind() == Fault.Kind.RESTART) {
                engine.scheduleAfter(fault.durationNanos(), () -> {
                    gateway.podUp = true;
                    if (gateway.failedWritten) {
                        gateway.failedWritten = false;
                        api.writeGatewayPhase(name, GatewayPhase.RUNNING);
                    }
                    reconnectWaiting(name);
                });
            }
        }
        if (wasReachable) {
            disconnectAll(name, gateway);
        }
    }

    /**
     * The gateway replica holding {@code name}'s connection went away while the gateway stayed
     * up: the connection drops, and the device reconnects to the same gateway after the
     * reconnect backoff's first wait.
     */
    void dropConnection(String name) {
        Device device = devices.get(name);
        if (device == null || device.connectedGateway.isEmpty()) {
            return;
        }
        long now = engine.now();
        String gateway = device.connectedGateway;
        gateways.get(gateway).connected.remove(name);
        device.connectedGateway = "";
        device.lostAt = now;
        timeline.record(new DeviceEvent(now, name, DeviceEventKind.CONNECTION_DROPPED, gateway));
        tryConnect(device);
    }

    private void disconnectAll(String name, Gateway gateway) {
        long now = engine.now();
        for (String deviceName : new ArrayList<>(gateway.connected)) {
            Device device = devices.get(deviceName);
            device.connectedGateway = "";
            connections.closed(deviceName, name);
            device.lostAt = now;
            timeline.record(new DeviceEvent(now, deviceName, DeviceEventKind.GATEWAY_LOST, name));
            scheduleDetection(device, name);
        }
        gateway.connected.clear();
    }

    /**
     * The last heartbeat arrived at the latest multiple of the interval after enrollment
     * before the loss; the monitor finds the device stale at its first check at which the
     * last heartbeat is older than the threshold.
     */
    private void scheduleDetection(Device device, String gateway) {
        long interval = heartbeat.intervalNanos();
        long sinceEnrolled = device.lostAt - device.enrolledAt;
        long lastHeartbeat = device.enrolledAt + (sinceEnrolled / interval) * interval;
        long missed = lastHeartbeat + interval;
        long staleAfter = lastHeartbeat + heartbeat.unreachableAfterNanos();
        long period = heartbeat.monitorPeriodNanos();
        long check = monitorOffset + Math.floorDiv(staleAfter - monitorOffset, period) * period + period; // first > staleAfter
        if (missed > engine.now()) {
            engine.scheduleAt(missed, () -> {
                if (device.connectedGateway.isEmpty()) {
                    timeline.record(new DeviceEvent(engine.now(), device.name, DeviceEventKind.HEARTBEAT_MISSED, gateway));
                }
            });
        }
        device.detectionToken = engine.scheduleAt(Math.max(check, engine.now()), () -> {
            device.detectionToken = -1;
            timeline.record(new DeviceEvent(engine.now(), device.name, DeviceEventKind.UNREACHABLE, gateway));
            api.writeDevicePhase(device.name, DevicePhase.UNREACHABLE);
        });
    }

    private void reconnectWaiting(String gatewayName) {
        for (Device device : devices.values().stream().filter(d -> d.knownGateway.equals(gatewayName))
                .sorted((a, b) -> a.name.compareTo(b.name)).toList()) {
            tryConnect(device);
        }
    }

    private void tryConnect(Device device) {
        if (!device.podReady || device.knownGateway.isEmpty() || !device.connectedGateway.isEmpty()
                || device.handshaking) {
            return;
        }
        Gateway gateway = gateways.get(device.knownGateway);
        if (gateway == null || !gateway.reachable()) {
            return; // a gateway coming back, or a new assignment, will call again
        }
        if (device.retryToken >= 0) {
            return; // a retry is already scheduled
        }
        long attemptAt = device.lostAt < 0 ? engine.now() : nextRetry(device.lostAt, engine.now());
        device.retryToken = engine.scheduleAt(attemptAt, () -> {
            device.retryToken = -1;
            startHandshake(device);
        });
    }

    /** The first reconnect attempt at or after {@code now}, for a device that lost its gateway at {@code lostAt}. */
    private long nextRetry(long lostAt, long now) {
        long wait = heartbeat.reconnectBaseNanos();
        long attempt = lostAt + wait;
        while (attempt < now) {
            wait = Math.min(wait * 2, heartbeat.reconnectCapNanos());
            attempt += wait;
        }
        return attempt;
    }

    private void startHandshake(Device device) {
        String target = device.knownGateway;
        Gateway gateway = gateways.get(target);
        if (!device.connectedGateway.isEmpty() || gateway == null || !gateway.reachable()) {
            return;
        }
        device.handshaking = true;
        engine.scheduleAfter(latencies.handshake().sampleNanos(device.handshakeRandom), () -> {
            device.handshaking = false;
            if (!gateway.reachable() || !device.knownGateway.equals(target)) {
                tryConnect(device); // lost on the way, or reassigned meanwhile: try again
                return;
            }
            connect(device, target, gateway);
        });
    }

    private void connect(Device device, String name, Gateway gateway) {
        long now = engine.now();
        boolean again = device.everEnrolled;
        device.connectedGateway = name;
        device.everEnrolled = true;
        device.enrolledAt = now;
        device.lostAt = -1;
        if (device.detectionToken >= 0) {
            engine.cancel(device.detectionToken);
            device.detectionToken = -1;
        }
        gateway.connected.add(device.name);
        connections.opened(device.name, name);
        timeline.record(new DeviceEvent(now, device.name, again ? DeviceEventKind.RE_ENROLLED : DeviceEventKind.ENROLLED,
                name));
        timeline.record(new DeviceEvent(now, device.name, DeviceEventKind.CONNECTED, name));
        api.writeDevicePhase(device.name, DevicePhase.CONNECTED);
    }

    /** Each device's state at the end, for reporting devices left unassigned or stuck. */
    List<String> stuckDevices() {
        List<String> stuck = new ArrayList<>();
        devices.values().stream().sorted((a, b) -> a.name.compareTo(b.name)).forEach(device -> {
            if (!device.connectedGateway.isEmpty()) {
                return;
            }
            String reason;
            if (device.knownGateway.isEmpty()) {
                reason = "no gateway assigned";
            } else if (!device.podReady) {
                reason = "pod not ready";
            } else if (!gateways.get(device.knownGateway).reachable()) {
                reason = "assigned to " + device.knownGateway + ", which is unreachable";
            } else {
                reason = "assigned to " + device.knownGateway + ", enrollment in progress";
            }
            stuck.add(device.name + ": " + reason);
        });
        return stuck;
    }

    /** Devices connected to each gateway now, in declaration order. */
    Map<String, Integer> connectedPerGateway() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        gateways.forEach((name, gateway) -> counts.put(name, gateway.connected.size()));
        return counts;
    }
}
