package dev.fleetcast.model.scaling;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When an autoscaler scales the number of gateways: which standby gateway joins (the first in
 * declaration order that is not active), and which active one leaves (the one holding a
 * replica the scaler named first, in the scaler's order, else the one activated last).
 */
public final class GatewayPoolOrder {

    private GatewayPoolOrder() {
    }

    /** The gateway to add: the first of {@code declared} not in {@code active}, if any is left. */
    public static Optional<String> toAdd(List<String> declared, List<String> active) {
        return declared.stream().filter(g -> !active.contains(g)).findFirst();
    }

    /**
     * The gateway to remove from {@code activeInOrder} (activation order, at least one).
     *
     * @param replicasOf each active gateway's replica names
     * @param namedFirst replica names the scaler would remove first, in its order
     */
    public static String toRemove(List<String> activeInOrder, Map<String, List<String>> replicasOf,
            List<String> namedFirst) {
        for (String replica : namedFirst) {
            for (String gateway : activeInOrder) {
                if (replicasOf.getOrDefault(gateway, List.of()).contains(replica)) {
                    return gateway;
                }
            }
        }
        return activeInOrder.get(activeInOrder.size() - 1);
    }
}
