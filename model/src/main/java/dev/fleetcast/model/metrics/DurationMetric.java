package dev.fleetcast.model.metrics;

import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.timeline.DeviceEventKind;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A metric defined by a start and an end event on each device's timeline: for every start,
 * the time to the device's first end event after it. A start with no end yet is not counted
 * (it is still open); a second start before an end restarts the measurement.
 *
 * @param name stable name for files, such as {@code enrollment-latency}
 * @param start the event that starts the measurement
 * @param end the event that ends it
 * @param description one line for people
 */
public record DurationMetric(String name, DeviceEventKind start, DeviceEventKind end, String description) {

    public DurationMetric {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(description, "description");
        if (start == end) {
            throw new IllegalArgumentException("metric " + name + ": start and end must differ, both were " + start);
        }
    }

    /**
     * The measured durations in nanoseconds, in order of their end events.
     *
     * @param events a run's events in time order
     */
    public long[] measure(Iterable<DeviceEvent> events) {
        Map<String, Long> openSince = new HashMap<>();
        LongList durations = new LongList();
        for (DeviceEvent event : events) {
            if (event.kind() == start) {
                openSince.put(event.device(), event.timeNanos());
            } else if (event.kind() == end) {
                Long since = openSince.remove(event.device());
                if (since != null) {
                    durations.add(event.timeNanos() - since);
                }
            }
        }
        return durations.toArray();
    }
}
