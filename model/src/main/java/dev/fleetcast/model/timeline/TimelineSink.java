package dev.fleetcast.model.timeline;

/**
 * The port through which the simulator and the live recorder emit device events. Events
 * arrive in non-decreasing time order.
 */
@FunctionalInterface
public interface TimelineSink {

    void record(DeviceEvent event);

    /** A sink that keeps nothing, for runs that need no timelines. */
    static TimelineSink discard() {
        return event -> { };
    }
}
