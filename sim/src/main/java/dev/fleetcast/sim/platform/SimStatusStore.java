package dev.fleetcast.sim.platform;

import dev.fleetcast.model.assignment.FleetView;
import dev.fleetcast.model.assignment.GatewayView;
import dev.fleetcast.model.discipline.StatusStore;
import dev.fleetcast.model.discipline.StoreView;
import dev.fleetcast.model.discipline.WriteResult;
import dev.fleetcast.model.fleet.DevicePhase;
import dev.fleetcast.model.scenario.Latencies;
import dev.fleetcast.model.scenario.ReadMode;
import dev.fleetcast.sim.kernel.Engine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The status store port over the simulated API server.
 *
 * <p>Timing of a request with latency L: the server handles it (reads or applies it) at
 * now + L/2, and the answer reaches the controller at now + L. Reads in
 * {@link ReadMode#CACHE} mode come from the informer at once and cost nothing; in
 * {@link ReadMode#LIST} mode they are a LIST whose latency grows with the number of devices.
 *
 * <p>Random streams: write latencies from {@code api/write}, list latencies from {@code api/list}.
 */
final class SimStatusStore implements StatusStore {

    private final Engine engine;
    private final ApiServer api;
    private final Informer informer;
    private final ReadMode readMode;
    private final Latencies latencies;
    private final UniformRandomProvider writeRandom;
    private final UniformRandomProvider listRandom;
    private long lists;

    SimStatusStore(Engine engine, ApiServer api, Informer informer, ReadMode readMode, Latencies latencies,
            UniformRandomProvider writeRandom, UniformRandomProvider listRandom) {
        this.engine = engine;
        this.api = api;
        this.informer = informer;
        this.readMode = readMode;
        this.latencies = latencies;
        this.writeRandom = writeRandom;
        this.listRandom = listRandom;
    }

    long lists() {
        return lists;
    }

    @Override
    public void read(String device, Consumer<StoreView> then) {
        if (readMode == ReadMode.CACHE) {
            then.accept(fromCache(device));
            return;
        }
        lists++;
        long latency = latencies.apiList().sampleNanos(listRandom)
                + latencies.listPerDeviceNanos() * api.deviceCount();
        request(latency, () -> fromServer(device), then);
    }

    @Override
    public void writeAssignment(String device, String gateway, long expectedVersion, Consumer<WriteResult> then) {
        request(latencies.apiWrite().sampleNanos(writeRandom),
                () -> api.writeDevice(device, gateway, DevicePhase.ENROLLING, expectedVersion), then);
    }

    @Override
    public void writeCounter(String gateway, int value, long expectedVersion, Consumer<WriteResult> then) {
        request(latencies.apiWrite().sampleNanos(writeRandom),
                () -> api.writeCounter(gateway, value, expectedVersion), then);
    }

    /** Handles {@code handle} at the server half-way through {@code latency}; answers at its end. */
    private <T> void request(long latency, Supplier<T> handle, Consumer<T> then) {
        long half = latency / 2;
        engine.scheduleAfter(half, () -> {
            T answer = handle.get();
            engine.scheduleAfter(latency - half, () -> then.accept(answer));
        });
    }

    private StoreView fromCache(String device) {
        Informer.CachedDevice cached = informer.device(device);
        StoreView.Counters counters = name -> {
            Informer.CachedGateway gateway = informer.gateways().get(name);
            return gateway == null ? null : new StoreView.Counter(gateway.counter(), gateway.version());
        };
        return new StoreView(informer.view(), cached == null ? 0 : cached.version(),
                cached == null ? "" : cached.gateway(), counters);
    }

    private StoreView fromServer(String device) {
        List<GatewayView> gateways = new ArrayList<>();
        Map<String, StoreView.Counter> counters = new HashMap<>();
        for (ApiServer.GatewayObject gateway : api.gateways()) {
            var spec = gateway.spec;
            gateways.add(new GatewayView(spec.name(), gateway.phase, api.devicesOn(spec.name()), spec.maxDevices(),
                    spec.weight(), spec.region()));
            counters.put(spec.name(), new StoreView.Counter(gateway.counter, gateway.version));
        }
        ApiServer.DeviceObject object = api.device(device);
        return new StoreView(new FleetView(gateways), object.version, object.gateway, counters::get);
    }
}
