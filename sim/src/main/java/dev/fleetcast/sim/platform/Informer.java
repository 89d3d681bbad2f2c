package dev.fleetcast.sim.platform;

import dev.fleetcast.model.assignment.FleetView;
import dev.fleetcast.model.assignment.GatewayView;
import dev.fleetcast.model.fleet.DevicePhase;
import dev.fleetcast.model.fleet.GatewayPhase;
import dev.fleetcast.model.scenario.GatewaySpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A controller's informer cache: the objects as its watch has delivered them, and the
 * devices per gateway derived from them, kept incrementally so a view costs O(gateways).
 * Handlers registered with {@link #onChange} run after the cache has applied a change.
 */
final class Informer implements Consumer<ObjectChange> {

    /** A cached Device. */
    record CachedDevice(String gateway, DevicePhase phase, long version) {
    }

    /** A cached Gateway. */
    record CachedGateway(GatewaySpec spec, GatewayPhase phase, int counter, long version) {
    }

    private final Map<String, CachedDevice> devices = new HashMap<>();
    private final Map<String, CachedGateway> gateways = new LinkedHashMap<>();
    private final Map<String, Integer> devicesPerGateway = new HashMap<>();
    private final Map<String, Set<String>> membersOf = new HashMap<>();
    private final List<Consumer<ObjectChange>> handlers = new ArrayList<>();

    Informer(ApiServer api) {
        // The initial LIST: the cache starts as the server's state at the time it is built.
        for (ApiServer.GatewayObject gateway : api.gateways()) {
            gateways.put(gateway.spec.name(),
                    new CachedGateway(gateway.spec, gateway.phase, gateway.counter, gateway.version));
        }
    }

    void onChange(Consumer<ObjectChange> handler) {
        handlers.add(handler);
    }

    @Override
    public void accept(ObjectChange change) {
        if (change instanceof ObjectChange.DeviceChanged device) {
            CachedDevice previous = devices.put(device.name(),
                    new CachedDevice(device.gateway(), device.phase(), device.version()));
            if (previous != null && !previous.gateway().isEmpty()) {
                devicesPerGateway.merge(previous.gateway(), -1, Integer::sum);
                membersOf.get(previous.gateway()).remove(device.name());
            }
            if (!device.gateway().isEmpty()) {
                devicesPerGateway.merge(device.gateway(), 1, Integer::sum);
                membersOf.computeIfAbsent(device.gateway(), g -> new LinkedHashSet<>()).add(device.name());
            }
        } else if (change instanceof ObjectChange.GatewayChanged gateway) {
            CachedGateway previous = gateways.get(gateway.name());
            gateways.put(gateway.name(),
                    new CachedGateway(previous.spec(), gateway.phase(), gateway.counter(), gateway.version()));
        }
        handlers.forEach(handler -> handler.accept(change));
    }

    CachedDevice device(String name) {
        return devices.get(name);
    }

    /** The devices this cache sees on {@code gateway}, in the order they arrived there (a copy). */
    List<String> devicesOn(String gateway) {
        return List.copyOf(membersOf.getOrDefault(gateway, Set.of()));
    }

    Map<String, CachedGateway> gateways() {
        return gateways;
    }

    /** The fleet as this cache sees it. */
    FleetView view() {
        List<GatewayView> views = new ArrayList<>(gateways.size());
        for (CachedGateway gateway : gateways.values()) {
            GatewaySpec spec = gateway.spec();
            views.add(new GatewayView(spec.name(), gateway.phase(), devicesPerGateway.getOrDefault(spec.name(), 0),
                    spec.maxDevices(), spec.weight(), spec.region()));
        }
        return new FleetView(views);
    }
}
