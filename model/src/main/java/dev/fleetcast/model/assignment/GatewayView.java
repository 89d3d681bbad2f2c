package dev.fleetcast.model.assignment;

import java.util.Objects;

/**
 * One gateway as a deciding controller sees it.
 *
 * @param name the gateway's name, unique within a view
 * @param running whether the controller sees the gateway as Running (able to take devices)
 * @param believedDevices how many devices the controller believes are assigned to it — which
 *     may be stale
 */
public record GatewayView(String name, boolean running, int believedDevices) {

    public GatewayView {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a gateway needs a name, was \"" + name + "\"");
        }
        if (believedDevices < 0) {
            throw new IllegalArgumentException("gateway " + name + ": believedDevices must be 0 or more, was "
                    + believedDevices);
        }
    }
}
