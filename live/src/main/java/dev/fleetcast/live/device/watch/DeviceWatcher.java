package dev.fleetcast.live.device.watch;

import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.DeviceStatus;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.Objects;

/**
 * An informer on the Device objects of one namespace, optionally narrowed by an equality label
 * selector ({@code fleetcast.dev/run=r1}; set-based selectors are passed through to the API server
 * as written), feeding an {@link AssignmentTracker}. Its informer resyncs every
 * {@code resyncMillis}, so a device whose start failed is tried again.
 */
public final class DeviceWatcher implements AutoCloseable {

    private final SharedIndexInformer<Device> informer;

    private DeviceWatcher(SharedIndexInformer<Device> informer) {
        this.informer = informer;
    }

    /**
     * Starts watching; returns once the informer has listed the Devices and is watching.
     *
     * @param selector a label selector, or null/blank for every Device in the namespace
     */
    public static DeviceWatcher start(KubernetesClient client, String namespace, String selector,
            AssignmentTracker tracker, long resyncMillis) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(tracker, "tracker");
        var devices = client.resources(Device.class).inNamespace(namespace);
        var source = selector == null || selector.isBlank() ? devices : devices.withLabelSelector(selector);
        SharedIndexInformer<Device> informer = source.inform(new Handler(tracker), resyncMillis);
        return new DeviceWatcher(informer);
    }

    /** Whether the informer has listed the Devices once. */
    public boolean hasSynced() {
        return informer.hasSynced();
    }

    @Override
    public void close() {
        informer.close();
    }

    private record Handler(AssignmentTracker tracker) implements ResourceEventHandler<Device> {

        @Override
        public void onAdd(Device device) {
            observe(device);
        }

        @Override
        public void onUpdate(Device before, Device after) {
            observe(after);
        }

        @Override
        public void onDelete(Device device, boolean finalStateUnknown) {
            tracker.deleted(device.getMetadata().getName());
        }

        private void observe(Device device) {
            DeviceStatus status = device.getStatus();
            if (status == null || status.getGateway() == null) {
                return;
            }
            tracker.observed(device.getMetadata().getName(), status.getGateway().getName(),
                    status.getGateway().getEndpoint());
        }
    }
}
