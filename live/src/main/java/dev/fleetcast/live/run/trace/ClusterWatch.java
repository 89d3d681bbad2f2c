package dev.fleetcast.live.run.trace;

import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.Gateway;
import dev.fleetcast.live.crd.Ownership;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Informers on the run's Devices and Gateways (by its run label) and on the namespace's Pods,
 * feeding a {@link TraceRecorder}. Pod timestamps (whole seconds from the API server) are put
 * on the run's time line through the run clock's start instant.
 *
 * <p>Start it before the run creates anything, so no change is missed; close it at the end.
 */
public final class ClusterWatch implements AutoCloseable {

    private final List<SharedIndexInformer<?>> informers = new ArrayList<>();

    private ClusterWatch() {
    }

    /**
     * Starts the informers. Their first lists run while the run begins: an object created before
     * a list returns arrives in it, one created after as a watch event.
     */
    public static ClusterWatch start(KubernetesClient client, String namespace, String runId, TraceRecorder recorder,
            PodRoles roles, Instant startedAt) {
        ClusterWatch watch = new ClusterWatch();
        watch.add(client.resources(Gateway.class).inNamespace(namespace).withLabel(Ownership.RUN, runId)
                .runnableInformer(0), new Handler<Gateway>(g -> recorder.gatewayObserved(g.getMetadata().getName(),
                        g.getStatus() == null ? "" : g.getStatus().getPhase()),
                        g -> recorder.gatewayDeleted(g.getMetadata().getName())));
        watch.add(client.resources(Device.class).inNamespace(namespace).withLabel(Ownership.RUN, runId)
                .runnableInformer(0), new Handler<Device>(d -> recorder.deviceObserved(observation(d)),
                        d -> recorder.deviceDeleted(d.getMetadata().getName())));
        watch.add(client.pods().inNamespace(namespace).runnableInformer(0), new Handler<Pod>(p -> recorder.podObserved(sighting(p, roles, startedAt)),
                        p -> recorder.podDeleted(p.getMetadata().getName())));
        return watch;
    }

    /** Starts {@code informer} without waiting for its first list: the run need not wait, and nothing is missed. */
    private <T> void add(SharedIndexInformer<T> informer, ResourceEventHandler<T> handler) {
        informer.addEventHandler(handler);
        informer.start();
        informers.add(informer);
    }

    static DeviceObservation observation(Device device) {
        return device.getStatus() == null ? new DeviceObservation(device.getMetadata().getName(), "", "")
                : new DeviceObservation(device.getMetadata().getName(), device.getStatus().getPhase(),
                        device.getStatus().gatewayNameOrEmpty());
    }

    static PodSighting sighting(Pod pod, PodRoles roles, Instant startedAt) {
        // A pod created before the run (the lab's controller) gets -1, which the recorder leaves out; one
        // stamped less than a second before the start is the run's, read through a whole-second timestamp.
        long created = at(pod.getMetadata().getCreationTimestamp(), startedAt).orElse(0);
        created = created < -1_000_000_000L ? -1 : Math.max(0, created);
        OptionalLong scheduled = OptionalLong.empty();
        OptionalLong ready = OptionalLong.empty();
        OptionalLong started = OptionalLong.empty();
        int restarts = 0;
        String phase = "";
        if (pod.getStatus() != null) {
            phase = pod.getStatus().getPhase();
            for (PodCondition condition : pod.getStatus().getConditions()) {
                if ("True".equals(condition.getStatus()) && "PodScheduled".equals(condition.getType())) {
                    scheduled = clamp(at(condition.getLastTransitionTime(), startedAt));
                } else if ("True".equals(condition.getStatus()) && "Ready".equals(condition.getType())) {
                    ready = clamp(at(condition.getLastTransitionTime(), startedAt));
                }
            }
            List<ContainerStatus> containers = pod.getStatus().getContainerStatuses();
            long latest = Long.MIN_VALUE;
            boolean allRunning = !containers.isEmpty();
            for (ContainerStatus container : containers) {
                restarts += container.getRestartCount() == null ? 0 : container.getRestartCount();
                if (container.getState() == null || container.getState().getRunning() == null) {
                    allRunning = false;
                } else {
                    latest = Math.max(latest, at(container.getState().getRunning().getStartedAt(), startedAt)
                            .orElse(Long.MIN_VALUE));
                }
            }
            if (allRunning && latest != Long.MIN_VALUE) {
                started = OptionalLong.of(Math.max(0, latest));
            }
        }
        return new PodSighting(pod.getMetadata().getName(), roles.of(pod), phase,
                created, scheduled, started, ready, restarts);
    }

    private static OptionalLong at(String timestamp, Instant startedAt) {
        if (timestamp == null || timestamp.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Duration.between(startedAt, Instant.parse(timestamp)).toNanos());
        } catch (DateTimeParseException | ArithmeticException e) {
            return OptionalLong.empty();
        }
    }

    /** A pod's later times are whole seconds: one may read just before the run's start. */
    private static OptionalLong clamp(OptionalLong nanos) {
        return nanos.isPresent() ? OptionalLong.of(Math.max(0, nanos.getAsLong())) : nanos;
    }

    @Override
    public void close() {
        informers.forEach(SharedIndexInformer::close);
    }

    /** An informer handler: adds and updates are both "as it is now". */
    private record Handler<T>(java.util.function.Consumer<T> seen, java.util.function.Consumer<T> gone)
            implements ResourceEventHandler<T> {

        @Override
        public void onAdd(T object) {
            seen.accept(object);
        }

        @Override
        public void onUpdate(T before, T after) {
            seen.accept(after);
        }

        @Override
        public void onDelete(T object, boolean finalStateUnknown) {
            gone.accept(object);
        }
    }
}
