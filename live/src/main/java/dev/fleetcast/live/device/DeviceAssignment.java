package dev.fleetcast.live.device;

import java.util.Objects;

/**
 * Where one device must be: its name, its gateway's name and endpoint.
 *
 * @param device the Device object's name (also its certificate's CN)
 * @param gateway the gateway's name (for timelines), or the empty string when unknown
 * @param endpoint where to connect
 */
public record DeviceAssignment(String device, String gateway, GatewayEndpoint endpoint) {

    public DeviceAssignment {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(endpoint, "endpoint");
        if (device.isBlank()) {
            throw new IllegalArgumentException("device assignment: the device name is empty");
        }
    }
}
