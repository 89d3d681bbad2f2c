package dev.fleetcast.live.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.fleetcast.live.crd.Device;

/**
 * Writes what a gateway sees to the Device objects' status, with JSON merge patches on the status
 * subresource, so only the fields named change and the controller's {@code status.gateway.name}
 * and {@code endpoint} stay as it wrote them:
 * <ul>
 * <li>enrolled: {@code phase: Enrolled};</li>
 * <li>connected: {@code phase: Connected}, {@code connectedSince}, {@code gateway.connectedAt} and
 * {@code lastHeartbeat}, all the connect time;</li>
 * <li>heartbeat: {@code lastHeartbeat} (wrap this reporter in a {@link HeartbeatThrottle} to write
 * at most every N seconds per device);</li>
 * <li>unreachable: {@code phase: Unreachable}; disconnected: {@code phase: Disconnected},
 * {@code connectedSince: null}. Both only while the Device's {@code status.gateway.name} is still
 * this gateway (read, then patch with that resourceVersion, retried on 409): a device the
 * controller has already moved elsewhere must not be marked down by its old gateway.</li>
 * </ul>
 * Writes run off the caller's thread, on a few single-thread lanes chosen by device name, so one
 * device's writes keep their order and the gateway's network threads never wait for the API
 * server. A write that fails is logged and dropped: status is a report, the next event repairs it.
 */
public final class Fabric8DeviceStatusReporter implements DeviceStatusReporter {

    private static final Logger LOG = LoggerFactory.getLogger(Fabric8DeviceStatusReporter.class);
    private static final int CONFLICT_RETRIES = 3;

    private final KubernetesClient client;
    private final String namespace;
    private final String gateway;
    private final List<ExecutorService> lanes = new ArrayList<>();

    /**
     * @param gateway the Gateway object's name (compared with the Devices' {@code status.gateway.name})
     * @param lanes   how many writes may be in flight at once (each lane writes one at a time)
     */
    public Fabric8DeviceStatusReporter(KubernetesClient client, String namespace, String gateway, int lanes) {
        this.client = Objects.requireNonNull(client, "client");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        if (lanes < 1) {
            throw new IllegalArgumentException("lanes must be at least 1, got " + lanes);
        }
        for (int i = 0; i < lanes; i++) {
            int n = i;
            this.lanes.add(Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "device-status-" + gateway + "-" + n);
                t.setDaemon(true);
                return t;
            }));
        }
    }

    @Override
    public void enrolled(String device, Instant at) {
        submit(device, "Enrolled", () -> patch(device, "{\"status\":{\"phase\":\"Enrolled\"}}", null));
    }

    @Override
    public void connected(String device, Instant at) {
        String t = json(at);
        submit(device, "Connected", () -> patch(device, "{\"status\":{\"phase\":\"Connected\",\"connectedSince\":" + t
                + ",\"lastHeartbeat\":" + t + ",\"gateway\":{\"connectedAt\":" + t + "}}}", null));
    }

    @Override
    public void heartbeat(String device, Instant at) {
        submit(device, "heartbeat", () -> patch(device, "{\"status\":{\"lastHeartbeat\":" + json(at) + "}}", null));
    }

    @Override
    public void unreachable(String device, Instant at) {
        submit(device, "Unreachable", () -> patchIfStillOurs(device, "\"status\":{\"phase\":\"Unreachable\"}"));
    }

    @Override
    public void disconnected(String device, Instant at) {
        submit(device, "Disconnected",
                () -> patchIfStillOurs(device, "\"status\":{\"phase\":\"Disconnected\",\"connectedSince\":null}"));
    }

    private void submit(String device, String what, Runnable write) {
        ExecutorService lane = lanes.get(Math.floorMod(device.hashCode(), lanes.size()));
        try {
            lane.execute(() -> {
                try {
                    write.run();
                } catch (KubernetesClientException e) {
                    if (e.getCode() == 404) {
                        LOG.debug("gateway {}: device {} is gone; {} not written", gateway, device, what);
                    } else {
                        LOG.warn("gateway {}: writing {} for device {} failed: HTTP {} {}", gateway, what, device,
                                e.getCode(), e.getMessage());
                    }
                } catch (RuntimeException e) {
                    LOG.warn("gateway {}: writing {} for device {} failed", gateway, what, device, e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("gateway {}: reporter closed; {} for {} dropped", gateway, what, device);
        }
    }

    private void patch(String device, String body, String resourceVersion) {
        String withVersion = resourceVersion == null ? body
                : "{\"metadata\":{\"resourceVersion\":" + json(resourceVersion) + "}," + body.substring(1);
        client.resources(Device.class).inNamespace(namespace).withName(device)
                .status().patch(PatchContext.of(PatchType.JSON_MERGE), withVersion);
    }

    private void patchIfStillOurs(String device, String statusPart) {
        for (int attempt = 0; attempt <= CONFLICT_RETRIES; attempt++) {
            Device current = client.resources(Device.class).inNamespace(namespace).withName(device).get();
            if (current == null) {
                LOG.debug("gateway {}: device {} is gone", gateway, device);
                return;
            }
            String on = current.getStatus() == null ? "" : current.getStatus().gatewayNameOrEmpty();
            if (!gateway.equals(on)) {
                LOG.debug("gateway {}: device {} now belongs to '{}'; not marking it", gateway, device, on);
                return;
            }
            try {
                patch(device, "{" + statusPart + "}", current.getMetadata().getResourceVersion());
                return;
            } catch (KubernetesClientException e) {
                if (e.getCode() != 409) {
                    throw e;
                }
            }
        }
        LOG.warn("gateway {}: device {} kept changing; gave up after {} conflicts", gateway, device, CONFLICT_RETRIES + 1);
    }

    private static String json(Instant at) {
        return "\"" + at + "\"";
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Finishes queued writes (up to {@code timeout}) and stops. */
    public void close(Duration timeout) {
        lanes.forEach(ExecutorService::shutdown);
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ExecutorService lane : lanes) {
            try {
                lane.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        lanes.forEach(ExecutorService::shutdownNow);
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }
}
