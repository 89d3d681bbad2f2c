package dev.fleetcast.model.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A sink that keeps every event, in the order recorded. Not thread-safe. */
public final class RecordedTimeline implements TimelineSink {

    private final List<DeviceEvent> events = new ArrayList<>();

    @Override
    public void record(DeviceEvent event) {
        if (!events.isEmpty() && event.timeNanos() < events.get(events.size() - 1).timeNanos()) {
            throw new IllegalArgumentException("timeline events must not go back in time: " + event
                    + " after " + events.get(events.size() - 1));
        }
        events.add(event);
    }

    /** The events so far, in recording order (a read-only view). */
    public List<DeviceEvent> events() {
        return Collections.unmodifiableList(events);
    }
}
