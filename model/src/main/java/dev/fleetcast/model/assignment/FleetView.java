package dev.fleetcast.model.assignment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a deciding controller sees of the gateway fleet, in the order it lists gateways.
 *
 * @param gateways the gateways, names unique
 */
public record FleetView(List<GatewayView> gateways) {

    public FleetView {
        gateways = List.copyOf(gateways);
        Set<String> names = new HashSet<>();
        for (GatewayView gateway : gateways) {
            if (!names.add(gateway.name())) {
                throw new IllegalArgumentException("gateway " + gateway.name() + " appears twice in the view");
            }
        }
    }

    /** The gateways seen as Running, in view order. */
    public List<GatewayView> running() {
        return gateways.stream().filter(GatewayView::running).toList();
    }
}
