package dev.fleetcast.live.device;

import dev.fleetcast.model.time.Scheduler;
import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.timeline.DeviceEventKind;
import dev.fleetcast.model.timeline.TimelineSink;
import java.util.Objects;

/**
 * Stamps a runtime's device events with the injected scheduler's time and hands them to the sink.
 * Devices live on several I/O threads; stamping and recording under one lock keeps the sink's
 * promise that events arrive in non-decreasing time order. Thread-safe.
 */
public final class DeviceTimeline {

    private final Scheduler clock;
    private final TimelineSink sink;

    public DeviceTimeline(Scheduler clock, TimelineSink sink) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** Records that {@code kind} happened to {@code device} now, involving {@code gateway} (or ""). */
    public synchronized void record(String device, DeviceEventKind kind, String gateway) {
        sink.record(new DeviceEvent(clock.now(), device, kind, gateway));
    }
}
