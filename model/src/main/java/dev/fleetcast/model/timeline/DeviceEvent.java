package dev.fleetcast.model.timeline;

import java.util.Objects;

/**
 * One event on a device's timeline.
 *
 * @param timeNanos when it happened, nanoseconds on the run's time line
 * @param device the device's name
 * @param kind what happened
 * @param gateway the gateway involved (assigned, lost, moved to), or the empty string
 */
public record DeviceEvent(long timeNanos, String device, DeviceEventKind kind, String gateway) {

    public DeviceEvent {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(gateway, "gateway");
        if (timeNanos < 0) {
            throw new IllegalArgumentException("device " + device + ": event " + kind + " at negative time "
                    + timeNanos + " ns");
        }
    }
}
