package dev.fleetcast.live.controller;

import dev.fleetcast.live.crd.Gateway;
import dev.fleetcast.live.crd.GatewayStatus;
import dev.fleetcast.live.crd.Phases;
import dev.fleetcast.model.fleet.GatewayPhase;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway controller: for each Gateway a Deployment and a Service ({@link
 * GatewayWorkloads}), and the Gateway's status.phase from the Deployment's readiness ({@link
 * GatewayPhaseRule}). When a Gateway is deleted its Deployment and Service are deleted too
 * (a real cluster's garbage collector would do it through the owner reference; the stand-in has
 * none). API errors are logged and the Gateway requeued with backoff.
 */
public final class GatewayController implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayController.class);

    private final KubernetesClient client;
    private final String namespace;
    private final GatewayWorkloadSettings settings;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fleetcast-gateway-controller-timer");
        t.setDaemon(true);
        return t;
    });
    private final WorkQueue<String> queue;
    private final Thread worker;
    private SharedIndexInformer<Gateway> gateways;
    private SharedIndexInformer<Deployment> deployments;
    private final java.util.function.BooleanSupplier active;
    private volatile boolean closed;

    /** A gateway controller that always acts. */
    public GatewayController(KubernetesClient client, String namespace, GatewayWorkloadSettings settings,
            Backoff backoff) {
        this(client, namespace, settings, backoff, () -> true);
    }

    /**
     * @param active whether to act now: with several controller replicas, pass the device
     *     controller's {@code isLeading}, so that only the Lease holder writes workloads and phases
     */
    public GatewayController(KubernetesClient client, String namespace, GatewayWorkloadSettings settings,
            Backoff backoff, java.util.function.BooleanSupplier active) {
        this.active = Objects.requireNonNull(active, "active");
        this.client = Objects.requireNonNull(client, "client");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.queue = new WorkQueue<>(timer, backoff);
        this.worker = new Thread(this::work, "fleetcast-gateway-controller");
        worker.setDaemon(true);
    }

    public GatewayController start() {
        gateways = client.resources(Gateway.class).inNamespace(namespace).runnableInformer(0);
        deployments = client.apps().deployments().inNamespace(namespace)
                .withLabel(GatewayWorkloads.COMPONENT_LABEL, GatewayWorkloads.COMPONENT).runnableInformer(0);
        gateways.addEventHandler(handler(g -> g.getMetadata().getName()));
        deployments.addEventHandler(handler(d -> d.getMetadata().getLabels() == null ? null
                : d.getMetadata().getLabels().get(GatewayWorkloads.GATEWAY_LABEL)));
        try {
            gateways.start().toCompletableFuture().get(30, TimeUnit.SECONDS);
            deployments.start().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the informers started", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the Gateway and Deployment informers in namespace " + namespace
                    + " did not start: " + e.getMessage(), e);
        }
        worker.start();
        return this;
    }

    private <T extends io.fabric8.kubernetes.api.model.HasMetadata> ResourceEventHandler<T> handler(
            java.util.function.Function<T, String> gatewayOf) {
        return new ResourceEventHandler<>() {
            @Override
            public void onAdd(T object) {
                enqueue(gatewayOf.apply(object));
            }

            @Override
            public void onUpdate(T before, T after) {
                enqueue(gatewayOf.apply(after));
            }

            @Override
            public void onDelete(T object, boolean unknownFinalState) {
                enqueue(gatewayOf.apply(object));
            }
        };
    }

    private void enqueue(String gateway) {
        if (gateway != null) {
            queue.add(gateway);
        }
    }

    private void work() {
        while (!closed) {
            Optional<String> next;
            try {
                next = queue.take(Duration.ofMillis(200));
            } catch (InterruptedException e) {
                return;
            }
            if (next.isEmpty()) {
                continue;
            }
            String name = next.get();
            try {
                if (!active.getAsBoolean()) {
                    queue.addAfter(name, Duration.ofSeconds(1)); // for when this replica leads
                    continue;
                }
                reconcile(name);
                queue.forget(name);
            } catch (RuntimeException e) {
                Duration delay = queue.addRateLimited(name);
                LOG.warn("reconcile of gateway {} failed, retrying in {} ms: {}", name, delay.toMillis(), e.toString());
            } finally {
                queue.done(name);
            }
        }
    }

    private void reconcile(String name) {
        String workload = GatewayWorkloads.nameOf(name);
        Gateway gateway = gateways.getStore().getByKey(namespace + "/" + name);
        if (gateway == null) {
            client.apps().deployments().inNamespace(namespace).withName(workload).delete();
            client.services().inNamespace(namespace).withName(workload).delete();
            return;
        }
        Deployment have = deployments.getStore().getByKey(namespace + "/" + workload);
        GatewayPhase current = Phases.gatewayOf(gateway);
        GatewayPhase next = GatewayPhaseRule.phase(have, current);
        GatewayStatus status = gateway.getStatus();
        if (status == null || !Phases.wire(next).equals(status.getPhase())) {
            client.resources(Gateway.class).inNamespace(namespace).withName(name).status()
                    .patch(PatchContext.of(PatchType.JSON_MERGE),
                            "{\"status\":{\"phase\":" + Json.string(Phases.wire(next)) + "}}");
            LOG.info("gateway {}: {} -> {}", name, status == null ? "(none)" : status.getPhase(), Phases.wire(next));
        }
        Deployment want = GatewayWorkloads.deployment(gateway, settings);
        if (have == null) {
            client.apps().deployments().inNamespace(namespace).resource(want).create();
        } else if (GatewayWorkloads.differs(have, want)) {
            client.apps().deployments().inNamespace(namespace).withName(workload).edit(d -> {
                d.getSpec().setTemplate(want.getSpec().getTemplate());
                return d;
            });
        }
        Service wantService = GatewayWorkloads.service(gateway);
        Service haveService = client.services().inNamespace(namespace).withName(workload).get();
        if (haveService == null) {
            client.services().inNamespace(namespace).resource(wantService).create();
        } else if (GatewayWorkloads.differs(haveService, wantService)) {
            client.services().inNamespace(namespace).withName(workload).edit(s -> {
                s.getSpec().setPorts(wantService.getSpec().getPorts());
                return s;
            });
        }
    }

    /** Gateway name → phase as this controller's cache shows it (for tests and status output). */
    public Map<String, String> phases() {
        Map<String, String> out = new java.util.TreeMap<>();
        gateways.getStore().list().forEach(g -> out.put(g.getMetadata().getName(),
                g.getStatus() == null ? "" : String.valueOf(g.getStatus().getPhase())));
        return out;
    }

    @Override
    public void close() {
        closed = true;
        queue.shutDown();
        try {
            worker.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timer.shutdownNow();
        if (gateways != null) {
            gateways.close();
        }
        if (deployments != null) {
            deployments.close();
        }
    }
}
