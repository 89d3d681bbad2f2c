package dev.fleetcast.model.assignment;

import java.util.ArrayList;
import java.util.List;

/** The gateways a policy may choose from, and the reason when there are none. */
final class Eligible {

    private Eligible() {
    }

    /** The eligible gateways in view order. */
    static List<GatewayView> of(FleetView view, CapacityRule rule) {
        List<GatewayView> eligible = new ArrayList<>(view.gateways().size());
        for (GatewayView gateway : view.gateways()) {
            if (rule.eligible(gateway)) {
                eligible.add(gateway);
            }
        }
        return eligible;
    }

    /** Why nothing is eligible, for a person: no gateway running, or every running one full. */
    static Decision.NoneAvailable none(FleetView view) {
        long running = view.gateways().stream().filter(GatewayView::running).count();
        if (running == 0) {
            return new Decision.NoneAvailable("no gateway is Running (" + view.gateways().size() + " seen)");
        }
        return new Decision.NoneAvailable("all " + running + " Running gateways are full (maxDevices)");
    }
}
