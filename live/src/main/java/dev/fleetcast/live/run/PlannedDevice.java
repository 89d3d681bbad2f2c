package dev.fleetcast.live.run;

import java.util.Objects;

/**
 * A Device object to create, and when.
 *
 * @param name the Device's name ({@code device-i}, as the simulator names it)
 * @param atNanos when to create it, from the run's start
 */
public record PlannedDevice(String name, long atNanos) {

    public PlannedDevice {
        Objects.requireNonNull(name, "name");
        if (atNanos < 0) {
            throw new IllegalArgumentException("device " + name + ": creation time must be 0 or more, was " + atNanos);
        }
    }
}
