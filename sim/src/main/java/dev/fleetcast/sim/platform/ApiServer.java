package dev.fleetcast.sim.platform;

import dev.fleetcast.model.discipline.StatusStore;
import dev.fleetcast.model.discipline.WriteResult;
import dev.fleetcast.model.fleet.DevicePhase;
import dev.fleetcast.model.fleet.GatewayPhase;
import dev.fleetcast.model.scenario.GatewaySpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The simulated API server's state: Device and Gateway objects with resourceVersions, and
 * the watches that hear of every change. Like etcd, one revision counter numbers every write,
 * and an object's resourceVersion is the revision of its last write.
 *
 * <p>This class applies requests instantly; the latency around them is the caller's (see
 * {@link SimStatusStore}). Not thread-safe: it lives in one replication.
 */
final class ApiServer {

    /** A Device object's status. */
    static final class DeviceObject {
        final String name;
        String gateway = "";
        DevicePhase phase = DevicePhase.PENDING;
        long version;

        DeviceObject(String name) {
            this.name = name;
        }
    }

    /** A Gateway object's status, with the device counter that the optimistic discipline claims. */
    static final class GatewayObject {
        final GatewaySpec spec;
        GatewayPhase phase = GatewayPhase.PENDING;
        int counter;
        long version;

        GatewayObject(GatewaySpec spec) {
            this.spec = spec;
        }
    }

    private final Map<String, DeviceObject> devices = new HashMap<>();
    private final Map<String, GatewayObject> gateways = new LinkedHashMap<>();
    private final List<Consumer<ObjectChange>> watches = new ArrayList<>();
    private final Map<String, Integer> devicesPerGateway = new HashMap<>();
    private long revision;
    private long writes;
    private long conflicts;

    ApiServer(List<GatewaySpec> gatewaySpecs) {
        for (GatewaySpec spec : gatewaySpecs) {
            GatewayObject gateway = new GatewayObject(spec);
            gateway.version = ++revision;
            gateways.put(spec.name(), gateway);
        }
    }

    /** Registers a watch; it hears every later change, in order, at once. */
    void watch(Consumer<ObjectChange> watch) {
        watches.add(watch);
    }

    void createDevice(String name) {
        if (devices.containsKey(name)) {
            throw new IllegalStateException("device " + name + " already exists");
        }
        DeviceObject device = new DeviceObject(name);
        devices.put(name, device);
        touch(device);
    }

    DeviceObject device(String name) {
        DeviceObject device = devices.get(name);
        if (device == null) {
            throw new IllegalStateException("no device " + name + " at the API server");
        }
        return device;
    }

    Collection<DeviceObject> devices() {
        return devices.values();
    }

    int deviceCount() {
        return devices.size();
    }

    GatewayObject gateway(String name) {
        GatewayObject gateway = gateways.get(name);
        if (gateway == null) {
            throw new IllegalStateException("no gateway " + name + " at the API server");
        }
        return gateway;
    }

    /** Whether gateway {@code name}'s phase is Running now. */
    boolean isRunning(String name) {
        return gateway(name).phase == GatewayPhase.RUNNING;
    }

    Collection<GatewayObject> gateways() {
        return gateways.values();
    }

    /** Sets a device's gateway and phase, if {@code expectedVersion} still holds. */
    WriteResult writeDevice(String name, String gateway, DevicePhase phase, long expectedVersion) {
        DeviceObject device = device(name);
        writes++;
        if (expectedVersion != StatusStore.ANY_VERSION && expectedVersion != device.version) {
            conflicts++;
            return new WriteResult.Conflict(device.version);
        }
        if (!device.gateway.isEmpty()) {
            devicesPerGateway.merge(device.gateway, -1, Integer::sum);
        }
        if (!gateway.isEmpty()) {
            devicesPerGateway.merge(gateway, 1, Integer::sum);
        }
        device.gateway = gateway;
        device.phase = phase;
        touch(device);
        return new WriteResult.Written(device.version);
    }

    /** Sets a device's phase only (the gateway's and the monitor's writes), without a precondition. */
    void writeDevicePhase(String name, DevicePhase phase) {
        DeviceObject device = device(name);
        writes++;
        device.phase = phase;
        touch(device);
    }

    /** Compare-and-set of a gateway's device counter. */
    WriteResult writeCounter(String name, int value, long expectedVersion) {
        GatewayObject gateway = gateway(name);
        writes++;
        if (expectedVersion != gateway.version) {
            conflicts++;
            return new WriteResult.Conflict(gateway.version);
        }
        gateway.counter = value;
        touch(gateway);
        return new WriteResult.Written(gateway.version);
    }

    void writeGatewayPhase(String name, GatewayPhase phase) {
        GatewayObject gateway = gateway(name);
        writes++;
        gateway.phase = phase;
        touch(gateway);
    }

    /** Devices whose status.gateway names {@code gateway}, now. */
    int devicesOn(String gateway) {
        return devicesPerGateway.getOrDefault(gateway, 0);
    }

    long writes() {
        return writes;
    }

    long conflicts() {
        return conflicts;
    }

    private void touch(DeviceObject device) {
        device.version = ++revision;
        ObjectChange change = new ObjectChange.DeviceChanged(device.name, device.gateway, device.phase, device.version);
        watches.forEach(watch -> watch.accept(change));
    }

    private void touch(GatewayObject gateway) {
        gateway.version = ++revision;
        ObjectChange change = new ObjectChange.GatewayChanged(gateway.spec.name(), gateway.phase, gateway.counter,
                gateway.version);
        watches.forEach(watch -> watch.accept(change));
    }
}
