package dev.fleetcast.model.rebalance;

import dev.fleetcast.model.assignment.AssignmentPolicy;
import dev.fleetcast.model.assignment.Decision;
import dev.fleetcast.model.assignment.DeviceRef;
import dev.fleetcast.model.assignment.FleetView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which devices a controller should move: those its policy would now place elsewhere. Each
 * device is judged as if it were being placed afresh — its own place taken off its gateway's
 * count — so that a balanced fleet is stable under count-based policies, while hash-based
 * policies move exactly the devices whose hash now maps elsewhere. Moves chosen earlier in a
 * plan are counted in the view later devices are judged by. Devices are considered one from
 * each gateway in turn (gateways in view order, devices in the order given), so a count-based
 * plan drains the fullest gateways evenly instead of emptying one and refilling it from
 * another; at most {@code maxMoves} devices.
 *
 * <p>The plan says who moves; where each goes is the reconcile's decision (the device leaving
 * its gateway), so that disciplines count moves like any other assignment.
 */
public final class Rebalancer {

    private Rebalancer() {
    }

    /**
     * @param gatewayOfDevice each assigned device's gateway, in the order to consider them
     * @param view the fleet as the controller sees it
     * @param policy the assignment policy, started afresh for this plan
     * @param maxMoves the most devices to move
     * @return the devices to move, in order
     */
    public static List<String> plan(Map<String, String> gatewayOfDevice, FleetView view, AssignmentPolicy.Assigner policy,
            int maxMoves) {
        Map<String, Integer> counts = new HashMap<>();
        view.gateways().forEach(g -> counts.put(g.name(), g.believedDevices()));
        List<String> moves = new ArrayList<>();
        for (String device : interleaved(gatewayOfDevice, view)) {
            if (moves.size() == maxMoves) {
                break;
            }
            String current = gatewayOfDevice.get(device);
            counts.merge(current, -1, Integer::sum);
            Decision decision = policy.decide(DeviceRef.named(device), withCounts(view, counts));
            if (decision instanceof Decision.Assigned assigned && !assigned.gateway().equals(current)) {
                moves.add(device);
                counts.merge(assigned.gateway(), 1, Integer::sum);
            } else {
                counts.merge(current, 1, Integer::sum);
            }
        }
        return moves;
    }

    /** The devices, one from each gateway in turn. */
    private static List<String> interleaved(Map<String, String> gatewayOfDevice, FleetView view) {
        Map<String, List<String>> byGateway = new LinkedHashMap<>();
        view.gateways().forEach(g -> byGateway.put(g.name(), new ArrayList<>()));
        gatewayOfDevice.forEach((device, gateway) -> byGateway.computeIfAbsent(gateway, g -> new ArrayList<>()).add(device));
        List<String> order = new ArrayList<>(gatewayOfDevice.size());
        for (int round = 0; order.size() < gatewayOfDevice.size(); round++) {
            for (List<String> devices : byGateway.values()) {
                if (round < devices.size()) {
                    order.add(devices.get(round));
                }
            }
        }
        return order;
    }

    private static FleetView withCounts(FleetView view, Map<String, Integer> counts) {
        return view.map(gateway -> gateway.withBelievedDevices(Math.max(0, counts.get(gateway.name()))));
    }
}
