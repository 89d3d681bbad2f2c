package dev.fleetcast.live.controller;

import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.Gateway;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.List;
import java.util.Objects;

/** The device controller's informer caches of Devices and Gateways in one namespace. */
public record FleetCaches(String namespace, SharedIndexInformer<Device> devices,
        SharedIndexInformer<Gateway> gateways) {

    public FleetCaches {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(devices, "devices");
        Objects.requireNonNull(gateways, "gateways");
    }

    public Device device(String name) {
        return devices.getStore().getByKey(namespace + "/" + name);
    }

    public Gateway gateway(String name) {
        return gateways.getStore().getByKey(namespace + "/" + name);
    }

    public List<Device> allDevices() {
        return devices.getStore().list();
    }

    public List<Gateway> allGateways() {
        return gateways.getStore().list();
    }

    /** Whether both caches have completed their first LIST. */
    public boolean synced() {
        return devices.hasSynced() && gateways.hasSynced();
    }
}
