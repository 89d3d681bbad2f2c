package dev.fleetcast.model.assignment;

import java.util.Objects;

/**
 * What an assignment policy knows of the device it places.
 *
 * @param name the Device object's name (hash-based policies hash it)
 * @param preferredGateway spec.preferredGateway, or the empty string when unset
 * @param region the device's region for region affinity, or the empty string when unset
 */
public record DeviceRef(String name, String preferredGateway, String region) {

    public DeviceRef {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a device needs a name, was \"" + name + "\"");
        }
        Objects.requireNonNull(preferredGateway, "preferredGateway");
        Objects.requireNonNull(region, "region");
    }

    /** A device with no preference and no region. */
    public static DeviceRef named(String name) {
        return new DeviceRef(name, "", "");
    }
}
