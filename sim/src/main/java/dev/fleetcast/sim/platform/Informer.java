package dev.fleetcast.sim.platform;

import dev.fleetcast.model.assignment.FleetView;
import dev.fleetcast.model.assignment.GatewayView;
import dev.fleetcast.model.fleet.DevicePhase;
import dev.fleetcast.model.fleet.GatewayPhase;
import dev.fleetcast.model.scenario.GatewaySpec;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** The view's gateways, kept current change by change, so a read costs no per-gateway objects. */
    private final GatewayView[] views;
    private final Map<String, Integer> indexOf = new HashMap<>();
    /** The first view, whose names every later view keeps (checked once, compared after). */
    private final FleetView checked;
    /** The last view built, until the next change. */
    private FleetView view;
    private final Map<String, Set<String>> membersOf = new HashMap<>();
    private final List<Consumer<ObjectChange>> handlers = new ArrayList<>();

    Informer(ApiServer api) {
        // The initial LIST: the cache starts as the server's state at the time it is built.
        for (ApiServer.GatewayObject gateway : api.gateways()) {
            gateways.put(gateway.spec.name(),
                    new CachedGateway(gateway.spec, gateway.phase, gateway.counter, gateway.version));
        }
        views = new GatewayView[gateways.size()];
        int i = 0;
        for (CachedGateway gateway : gateways.values()) {
            GatewaySpec spec = gateway.spec();
            indexOf.put(spec.name(), i);
            views[i++] = new GatewayView(spec.name(), gateway.phase(), 0, spec.maxDevices(), spec.weight(), spec.region());
        }
        checked = new FleetView(Arrays.asList(views));
    }

    void onChange(Consumer<ObjectChange> handler) {
        handlers.add(handler);
    }

    @Override
    public void accept(ObjectChange change) {
        if (change instanceof ObjectChange.DeviceChanged device) {
            CachedDevice previous = devices.put(device.name(),
                    new CachedDevice(device.gateway(), device.phase(), device.version()));
            String before = previous == null ? "" : previous.gateway();
            if (!before.equals(device.gateway())) {
                if (!before.isEmpty()) {
                    count(before, -1);
                    membersOf.get(before).remove(device.name());
                }
                if (!device.gateway().isEmpty()) {
                    count(device.gateway(), +1);
                    membersOf.computeIfAbsent(device.gateway(), g -> new LinkedHashSet<>()).add(device.name());
                }
            }
        } else if (change instanceof ObjectChange.GatewayChanged gateway) {
            CachedGateway previous = gateways.get(gateway.name());
            gateways.put(gateway.name(),
                    new CachedGateway(previous.spec(), gateway.phase(), gateway.counter(), gateway.version()));
            int i = indexOf.get(gateway.name());
            GatewayView old = views[i];
            if (old.phase() != gateway.phase()) {
                views[i] = new GatewayView(old.name(), gateway.phase(), old.believedDevices(), old.maxDevices(),
                        old.weight(), old.region());
                view = null;
            }
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

    /** The fleet as this cache sees it (an immutable value, rebuilt only after a change). */
    FleetView view() {
        if (view == null) {
            view = checked.withSameNames(Arrays.asList(views));
        }
        return view;
    }

    private void count(String gateway, int delta) {
        Integer i = indexOf.get(gateway);
        if (i != null) {
            views[i] = views[i].withBelievedDevices(views[i].believedDevices() + delta);
            view = null;
        }
    }
}
