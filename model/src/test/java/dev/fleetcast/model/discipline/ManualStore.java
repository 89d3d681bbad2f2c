package dev.fleetcast.model.discipline;

import dev.fleetcast.model.assignment.FleetView;
import dev.fleetcast.model.assignment.GatewayView;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A status store whose requests wait in a queue until the test lets them through, one at a
 * time, so a test can interleave two reconciles exactly: both read, then both write.
 * Reads see the state when they are let through; writes land when let through.
 */
final class ManualStore implements StatusStore {

    private final List<String> gateways;
    private final Map<String, String> gatewayOf = new HashMap<>();
    private final Map<String, Long> deviceVersion = new HashMap<>();
    private final Map<String, int[]> counters = new LinkedHashMap<>(); // {value, version}
    private final Deque<Runnable> pending = new ArrayDeque<>();
    int conflicts;

    ManualStore(String... gateways) {
        this.gateways = List.of(gateways);
        for (String gateway : gateways) {
            counters.put(gateway, new int[] {0, 1});
        }
    }

    /** Lets the oldest waiting request through; false when none waits. */
    boolean step() {
        Runnable next = pending.pollFirst();
        if (next == null) {
            return false;
        }
        next.run();
        return true;
    }

    void drain() {
        while (step()) {
            // keep going
        }
    }

    Map<String, Integer> devicesPerGateway() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        gateways.forEach(g -> counts.put(g, 0));
        gatewayOf.values().forEach(g -> counts.merge(g, 1, Integer::sum));
        return counts;
    }

    int counter(String gateway) {
        return counters.get(gateway)[0];
    }

    @Override
    public void read(String device, Consumer<StoreView> then) {
        pending.addLast(() -> {
            Map<String, Integer> counts = devicesPerGateway();
            List<GatewayView> views = new ArrayList<>();
            counts.forEach((g, n) -> views.add(GatewayView.of(g, true, n)));
            Map<String, StoreView.Counter> counterViews = new HashMap<>();
            counters.forEach((g, c) -> counterViews.put(g, new StoreView.Counter(c[0], c[1])));
            then.accept(new StoreView(new FleetView(views), deviceVersion.getOrDefault(device, 1L),
                    gatewayOf.getOrDefault(device, ""), counterViews::get));
        });
    }

    @Override
    public void writeAssignment(String device, String gateway, long expectedVersion, Consumer<WriteResult> then) {
        pending.addLast(() -> {
            long current = deviceVersion.getOrDefault(device, 1L);
            if (expectedVersion != ANY_VERSION && expectedVersion != current) {
                conflicts++;
                then.accept(new WriteResult.Conflict(current));
                return;
            }
            gatewayOf.put(device, gateway);
            deviceVersion.put(device, current + 1);
            then.accept(new WriteResult.Written(current + 1));
        });
    }

    @Override
    public void writeCounter(String gateway, int value, long expectedVersion, Consumer<WriteResult> then) {
        pending.addLast(() -> {
            int[] counter = counters.get(gateway);
            if (counter[1] != expectedVersion) {
                conflicts++;
                then.accept(new WriteResult.Conflict(counter[1]));
                return;
            }
            counter[0] = value;
            counter[1]++;
            then.accept(new WriteResult.Written(counter[1]));
        });
    }
}
