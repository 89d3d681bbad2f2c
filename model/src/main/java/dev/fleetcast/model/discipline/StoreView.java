package dev.fleetcast.model.discipline;

import dev.fleetcast.model.assignment.FleetView;
import dev.fleetcast.model.assignment.GatewayView;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one read of the status store returned.
 *
 * @param fleet the gateways with the device counts derived from the device statuses read
 * @param deviceVersion the reconciled device's resourceVersion as read
 * @param deviceGateway the reconciled device's status.gateway as read, or the empty string
 * @param counters each gateway's device counter with its version (empty where the platform
 *     keeps none)
 */
public record StoreView(FleetView fleet, long deviceVersion, String deviceGateway, Map<String, Counter> counters) {

    public StoreView {
        Objects.requireNonNull(fleet, "fleet");
        Objects.requireNonNull(deviceGateway, "deviceGateway");
        counters = Map.copyOf(counters);
    }

    /**
     * The device's current gateway if it is Running in this view: then the device needs no
     * assignment. Empty when the device has no gateway or its gateway is not Running (the
     * failover case).
     */
    public Optional<String> runningGatewayOfDevice() {
        if (deviceGateway.isEmpty()) {
            return Optional.empty();
        }
        return fleet.gateways().stream()
                .filter(g -> g.name().equals(deviceGateway) && g.running())
                .map(GatewayView::name)
                .findFirst();
    }

    /**
     * A versioned per-gateway count.
     *
     * @param value the count
     * @param version its resourceVersion
     */
    public record Counter(int value, long version) {
    }
}
