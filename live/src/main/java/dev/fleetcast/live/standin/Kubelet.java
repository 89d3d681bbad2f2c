package dev.fleetcast.live.standin;

import dev.fleetcast.live.controller.GatewayWorkloads;
import dev.fleetcast.live.crd.Gateway;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A KWOK-like kubelet for the stand-in: for each Deployment it creates the wanted number of
 * Pods, each Running and Ready after a drawn delay, and keeps the Deployment's status
 * (replicas, readyReplicas, availableReplicas) in step; it deletes the pods of a deleted
 * Deployment. For a gateway's Deployment (label {@code fleetcast.dev/gateway}) it calls the
 * {@link GatewayLauncher} when the first replica becomes ready — and writes the returned address
 * into the Gateway's spec.endpoint before it reports the replica ready, so that the gateway is
 * never Running with a stale endpoint — and again when the last ready replica goes.
 *
 * <p>All of its work runs on one thread; nothing here is shared with callers but {@link
 * #crash}, which posts to that thread.
 */
public final class Kubelet implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Kubelet.class);
    static final String OWNER_LABEL = "fleetcast.dev/kubelet-deployment";

    private final KubernetesClient client;
    private final String namespace;
    private final KubeletTimings timings;
    private final GatewayLauncher launcher;
    private final UniformRandomProvider random;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fleetcast-kubelet");
        t.setDaemon(true);
        return t;
    });
    /** Pods created per Deployment name, and creations scheduled but not yet done. */
    private final Map<String, Set<String>> pods = new HashMap<>();
    private final Map<String, Integer> scheduled = new HashMap<>();
    /** Gateways whose server this kubelet started, by Deployment name. */
    private final Map<String, String> launched = new HashMap<>();
    private final Map<String, Integer> podSerial = new HashMap<>();
    private SharedIndexInformer<Deployment> deployments;

    public Kubelet(KubernetesClient client, String namespace, KubeletTimings timings, GatewayLauncher launcher) {
        this.client = Objects.requireNonNull(client, "client");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.timings = Objects.requireNonNull(timings, "timings");
        this.launcher = Objects.requireNonNull(launcher, "launcher");
        this.random = RandomSource.SPLIT_MIX_64.create(timings.seed());
    }

    public Kubelet start() {
        deployments = client.apps().deployments().inNamespace(namespace).runnableInformer(0);
        deployments.addEventHandler(new ResourceEventHandler<>() {
            @Override
            public void onAdd(Deployment d) {
                post(d.getMetadata().getName());
            }

            @Override
            public void onUpdate(Deployment before, Deployment after) {
                post(after.getMetadata().getName());
            }

            @Override
            public void onDelete(Deployment d, boolean unknownFinalState) {
                post(d.getMetadata().getName());
            }
        });
        try {
            deployments.start().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the kubelet's Deployment informer did not start: " + e.getMessage(), e);
        }
        return this;
    }

    /** Kills the pods of a Deployment, as a crash would; they come back after new start delays. */
    public void crash(String deployment) {
        thread.execute(() -> {
            Set<String> names = pods.getOrDefault(deployment, Set.of());
            for (String pod : new ArrayList<>(names)) {
                client.pods().inNamespace(namespace).withName(pod).delete();
            }
            names.clear();
            LOG.info("kubelet: crashed the pods of {}", deployment);
            sync(deployment);
        });
    }

    private void post(String deployment) {
        thread.execute(() -> {
            try {
                sync(deployment);
            } catch (RuntimeException e) {
                LOG.warn("kubelet: syncing {} failed, retrying in 1 s: {}", deployment, e.toString());
                thread.schedule(() -> post(deployment), 1, TimeUnit.SECONDS);
            }
        });
    }

    private void sync(String name) {
        Deployment d = deployments.getStore().getByKey(namespace + "/" + name);
        Set<String> mine = pods.computeIfAbsent(name, k -> new HashSet<>());
        if (d == null) {
            for (String pod : mine) {
                client.pods().inNamespace(namespace).withName(pod).delete();
            }
            pods.remove(name);
            scheduled.remove(name);
            stopGateway(name);
            return;
        }
        int wanted = d.getSpec() == null || d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas();
        int pending = scheduled.getOrDefault(name, 0);
        for (int i = mine.size() + pending; i < wanted; i++) {
            long delay = timings.podStart().sampleNanos(random);
            scheduled.merge(name, 1, Integer::sum);
            thread.schedule(() -> podStarted(name), delay, TimeUnit.NANOSECONDS);
        }
        while (mine.size() > wanted) {
            String pod = mine.iterator().next();
            client.pods().inNamespace(namespace).withName(pod).delete();
            mine.remove(pod);
        }
        int ready = mine.size();
        String gateway = d.getMetadata().getLabels() == null ? null
                : d.getMetadata().getLabels().get(GatewayWorkloads.GATEWAY_LABEL);
        if (gateway != null && ready > 0 && !launched.containsKey(name)) {
            String endpoint = launcher.start(gateway);
            launched.put(name, gateway);
            if (endpoint != null) {
                client.resources(Gateway.class).inNamespace(namespace).withName(gateway)
                        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"endpoint\":\"" + endpoint + "\"}}");
                LOG.info("kubelet: gateway {} serves at {}", gateway, endpoint);
            }
        } else if (ready == 0) {
            stopGateway(name);
        }
        Integer had = d.getStatus() == null ? null : d.getStatus().getReadyReplicas();
        if (had == null || had != ready) {
            client.apps().deployments().inNamespace(namespace).withName(name).status()
                    .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"status\":{\"replicas\":" + ready
                            + ",\"readyReplicas\":" + ready + ",\"availableReplicas\":" + ready
                            + ",\"updatedReplicas\":" + ready + "}}");
        }
    }

    private void podStarted(String deployment) {
        scheduled.merge(deployment, -1, Integer::sum);
        Deployment d = deployments.getStore().getByKey(namespace + "/" + deployment);
        if (d == null) {
            return;
        }
        int serial = podSerial.merge(deployment, 1, Integer::sum);
        String name = deployment + "-" + serial;
        Map<String, String> labels = new HashMap<>();
        if (d.getSpec().getTemplate() != null && d.getSpec().getTemplate().getMetadata() != null
                && d.getSpec().getTemplate().getMetadata().getLabels() != null) {
            labels.putAll(d.getSpec().getTemplate().getMetadata().getLabels());
        }
        labels.put(OWNER_LABEL, deployment);
        Pod pod = new PodBuilder().withNewMetadata().withName(name).withNamespace(namespace).withLabels(labels)
                .withOwnerReferences(new OwnerReferenceBuilder().withApiVersion("apps/v1").withKind("Deployment")
                        .withName(deployment).withUid(d.getMetadata().getUid()).withController(true).build())
                .endMetadata()
                .withSpec(d.getSpec().getTemplate() == null ? null : d.getSpec().getTemplate().getSpec())
                .withNewStatus().withPhase("Running").withPodIP("127.0.0.1")
                .addNewCondition().withType("Ready").withStatus("True").endCondition().endStatus().build();
        try {
            client.pods().inNamespace(namespace).resource(pod).create();
            pods.computeIfAbsent(deployment, k -> new HashSet<>()).add(name);
        } catch (RuntimeException e) {
            LOG.warn("kubelet: creating pod {} failed: {}", name, e.toString());
        }
        post(deployment);
    }

    private void stopGateway(String deployment) {
        String gateway = launched.remove(deployment);
        if (gateway != null) {
            launcher.stop(gateway);
            LOG.info("kubelet: gateway {} stopped", gateway);
        }
    }

    /** Pods this kubelet has running, by Deployment (a snapshot, taken on the kubelet's thread). */
    public Map<String, List<String>> pods() throws InterruptedException {
        try {
            return thread.submit(() -> {
                Map<String, List<String>> out = new HashMap<>();
                pods.forEach((d, p) -> out.put(d, List.copyOf(p)));
                return out;
            }).get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        if (deployments != null) {
            deployments.close();
        }
        for (String gateway : launched.values()) {
            launcher.stop(gateway);
        }
    }
}
