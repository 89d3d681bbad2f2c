package dev.fleetcast.live.controller;

import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.Gateway;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The objects as this controller last wrote them, so that its next read of the same object is
 * never older than its own write even before the watch brings the change to the informer
 * cache (read-your-writes). Only the written object itself is overlaid: gateway device counts
 * still come from the cache, so the enrollment race of the disciplines that count from reads is
 * preserved, not hidden.
 */
final class OwnWrites {

    private final ConcurrentHashMap<String, Device> devices = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Gateway> gateways = new ConcurrentHashMap<>();

    void wrote(Device device) {
        devices.merge(device.getMetadata().getName(), device, Versions::newer);
    }

    void wrote(Gateway gateway) {
        gateways.merge(gateway.getMetadata().getName(), gateway, Versions::newer);
    }

    /** The newer of the cached copy and our own last write. */
    Device device(String name, Device cached) {
        Device own = devices.get(name);
        if (own != null && cached != null && Versions.of(cached) >= Versions.of(own)) {
            devices.remove(name, own); // the cache has caught up
        }
        return cached == null ? null : Versions.newer(cached, own);
    }

    Gateway gateway(String name, Gateway cached) {
        Gateway own = gateways.get(name);
        if (own != null && cached != null && Versions.of(cached) >= Versions.of(own)) {
            gateways.remove(name, own);
        }
        return cached == null ? null : Versions.newer(cached, own);
    }

    void forgetDevice(String name) {
        devices.remove(name);
    }

    void forgetGateway(String name) {
        gateways.remove(name);
    }
}
