package dev.fleetcast.model.discipline;

import dev.fleetcast.model.assignment.FleetView;
import dev.fleetcast.model.assignment.GatewayView;
import java.util.Objects;
import java.util.Optional;

/**
 * What one read of the status store returned.
 *
 * @param fleet the gateways with the device counts derived from the device statuses read
 * @param deviceVersion the reconciled device's resourceVersion as read
 * @param deviceGateway the reconciled device's status.gateway as read, or the empty string
 * @param counters each gateway's device counter with its version, looked up by gateway name
 *     (a lookup rather than a map, so that a read costs nothing for the counters no one asks for)
 */
public record StoreView(FleetView fleet, long deviceVersion, String deviceGateway, Counters counters) {

    /** Looks up a gateway's counter. */
    @FunctionalInterface
    public interface Counters {
        /** The counter of {@code gateway}, or {@code null} where the platform keeps none. */
        Counter get(String gateway);
    }

    public StoreView {
        Objects.requireNonNull(fleet, "fleet");
        Objects.requireNonNull(deviceGateway, "deviceGateway");
        Objects.requireNonNull(counters, "counters");
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
