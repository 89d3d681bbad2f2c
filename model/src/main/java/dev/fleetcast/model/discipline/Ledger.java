package dev.fleetcast.model.discipline;

import dev.fleetcast.model.assignment.AssignmentPolicy;
import dev.fleetcast.model.assignment.FleetView;
import dev.fleetcast.model.assignment.GatewayView;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The controller counts its own decisions the moment it makes them: an in-controller ledger
 * of devices per gateway, seeded from the store the first time a gateway is seen, then
 * changed only by this controller's decisions and releases. Concurrent reconciles see each
 * other's decisions at once, so the enrollment race cannot happen — provided one controller
 * instance does all assigning (the ledger is not shared between replicas of a controller).
 * Writes carry no resourceVersion.
 */
public record Ledger() implements Discipline {

    @Override
    public String name() {
        return "ledger";
    }

    @Override
    public Reconciler startRun(AssignmentPolicy policy, UniformRandomProvider random) {
        Book book = new Book();
        ReconcileFlow flow = new ReconcileFlow(name(), policy.name(), policy.startRun(random),
                read -> book.counted(read.fleet()),
                (device, gateway) -> book.add(gateway, 1),
                (device, gateway, read, store, then) ->
                        store.writeAssignment(device, gateway, StatusStore.ANY_VERSION, then),
                1);
        return new FlowReconciler(flow, (device, gateway, store) -> book.add(gateway, -1));
    }

    /**
     * The ledger itself: a count per gateway, seeded from the store the first time a gateway
     * is seen. Counts sit in an array in the order of the last view, so that counting a view
     * of thousands of gateways is an array walk, not thousands of hash lookups; the order is
     * re-learned only when the view's gateways change. The counted view is kept too and
     * changed one gateway at a time as decisions are counted, so a decision costs one new
     * gateway record rather than one per gateway; it is merged afresh only when the view read
     * is a different one.
     */
    private static final class Book {
        /** Counts of gateways not in the current order (and, after a relearn, of all). */
        private final Map<String, Integer> byName = new HashMap<>();
        private final Map<String, Integer> indexOf = new HashMap<>();
        private List<GatewayView> order = List.of();
        private int[] counts = new int[0];
        /** The last view read, and {@code merged}: it with the ledger's counts (null until merged). */
        private List<GatewayView> lastRead;
        private GatewayView[] merged;

        FleetView counted(FleetView read) {
            List<GatewayView> gateways = read.gateways();
            if (gateways != lastRead) {
                if (!sameNames(gateways)) {
                    relearn(gateways);
                }
                GatewayView[] next = new GatewayView[gateways.size()];
                for (int i = 0; i < next.length; i++) {
                    GatewayView gateway = gateways.get(i);
                    next[i] = counts[i] == gateway.believedDevices() ? gateway : gateway.withBelievedDevices(counts[i]);
                }
                merged = next;
                lastRead = gateways;
            }
            return read.withSameNames(Arrays.asList(merged));
        }

        /** Counts a decision (+1) or a release (-1); never below zero, and unseen gateways are left to be seeded. */
        void add(String gateway, int delta) {
            Integer i = indexOf.get(gateway);
            if (i != null) {
                counts[i] = Math.max(0, counts[i] + delta);
                if (merged != null) {
                    merged[i] = merged[i].withBelievedDevices(counts[i]);
                }
            } else {
                byName.computeIfPresent(gateway, (name, count) -> Math.max(0, count + delta));
            }
        }

        private boolean sameNames(List<GatewayView> gateways) {
            if (gateways.size() != order.size()) {
                return false;
            }
            for (int i = 0; i < gateways.size(); i++) {
                if (!gateways.get(i).name().equals(order.get(i).name())) {
                    return false;
                }
            }
            return true;
        }

        /** Moves the counts into the order of {@code gateways}, seeding the ones never seen. */
        private void relearn(List<GatewayView> gateways) {
            for (int i = 0; i < order.size(); i++) {
                byName.put(order.get(i).name(), counts[i]);
            }
            int[] next = new int[gateways.size()];
            indexOf.clear();
            for (int i = 0; i < gateways.size(); i++) {
                GatewayView gateway = gateways.get(i);
                next[i] = byName.computeIfAbsent(gateway.name(), name -> gateway.believedDevices());
                indexOf.put(gateway.name(), i);
            }
            order = List.copyOf(gateways);
            counts = next;
            merged = null;
        }
    }
}
