package dev.fleetcast.live.gateway;

import java.time.Instant;
import java.util.Objects;

/** One call to a {@link DeviceStatusReporter}, as a value. */
public record DeviceEvent(Kind kind, String device, Instant at) {

    public enum Kind { ENROLLED, CONNECTED, HEARTBEAT, UNREACHABLE, DISCONNECTED }

    public DeviceEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(at, "at");
    }
}
