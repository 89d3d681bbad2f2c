package dev.fleetcast.live.run.trace;

import java.util.Objects;

/**
 * A Device as a watch saw it: the fields the trace derives events from.
 *
 * @param name the Device's name
 * @param phase status.phase as WASMBED spells it ({@code Pending}, {@code Enrolling}, …), or empty
 * @param gateway status.gateway.name, or empty when none is assigned
 */
public record DeviceObservation(String name, String phase, String gateway) {

    public DeviceObservation {
        Objects.requireNonNull(name, "name");
        phase = phase == null ? "" : phase;
        gateway = gateway == null ? "" : gateway;
    }
}
