package dev.fleetcast.live.gateway;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.fleetcast.live.crd.Gateway;

/**
 * Keeps the Gateway object's {@code status.connectedDevices} and {@code status.lastHeartbeat} (the
 * gateway's own liveness) current: a JSON merge patch every interval, touching only those two
 * fields, so the gateway controller's phase and the discipline's {@code assignedDevices} stay as
 * they are. Failures are logged; the next tick tries again.
 */
public final class Fabric8GatewayStatusWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Fabric8GatewayStatusWriter.class);

    private final KubernetesClient client;
    private final String namespace;
    private final GatewayServer server;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private volatile boolean closed;

    public Fabric8GatewayStatusWriter(KubernetesClient client, String namespace, GatewayServer server, Clock clock,
            Duration interval) {
        this.client = Objects.requireNonNull(client, "client");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.server = Objects.requireNonNull(server, "server");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gateway-status-" + server.name());
            t.setDaemon(true);
            return t;
        });
        long ms = interval.toMillis();
        if (ms <= 0) {
            throw new IllegalArgumentException("interval must be positive, got " + interval);
        }
        timer.scheduleWithFixedDelay(this::writeNow, 0, ms, TimeUnit.MILLISECONDS);
    }

    /** Writes the current count once (the timer calls this; public for tests). */
    public void writeNow() {
        String patch = "{\"status\":{\"connectedDevices\":" + server.connectedDevices() + ",\"lastHeartbeat\":\""
                + clock.instant() + "\"}}";
        try {
            client.resources(Gateway.class).inNamespace(namespace).withName(server.name())
                    .status().patch(PatchContext.of(PatchType.JSON_MERGE), patch);
        } catch (KubernetesClientException e) {
            if (closed) {
                return; // interrupted by close(): not worth a warning
            }
            LOG.warn("gateway {}: cannot write its status (HTTP {}): {}", server.name(), e.getCode(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("gateway {}: cannot write its status", server.name(), e);
        }
    }

    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
    }
}
