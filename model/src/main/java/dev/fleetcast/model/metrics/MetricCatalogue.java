package dev.fleetcast.model.metrics;

import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.timeline.DeviceEventKind;
import java.util.List;

/**
 * Every metric fleetcast reports, each defined once, so that a prediction and an
 * observation are numbers of the same definition.
 */
public final class MetricCatalogue {

    /** Created → enrolled. */
    public static final DurationMetric ENROLLMENT_LATENCY = new DurationMetric("enrollment-latency",
            DeviceEventKind.CREATED, DeviceEventKind.ENROLLED, "time from a Device's creation to its enrollment");
    /** Gateway lost → marked Unreachable. */
    public static final DurationMetric DETECTION_TIME = new DurationMetric("detection-time",
            DeviceEventKind.GATEWAY_LOST, DeviceEventKind.UNREACHABLE,
            "time from losing a device's gateway to marking the device Unreachable");
    /** Gateway lost → re-enrolled on another gateway. */
    public static final DurationMetric FAILOVER_RECOVERY = new DurationMetric("failover-recovery",
            DeviceEventKind.GATEWAY_LOST, DeviceEventKind.RE_ENROLLED,
            "time from losing a device's gateway to its re-enrollment on another");

    private MetricCatalogue() {
    }

    /** The duration metrics, in report order. */
    public static List<DurationMetric> durationMetrics() {
        return List.of(ENROLLMENT_LATENCY, DETECTION_TIME, FAILOVER_RECOVERY);
    }

    /** Devices moved: how many times a device was reassigned to another gateway. */
    public static long devicesMoved(Iterable<DeviceEvent> events) {
        long moved = 0;
        for (DeviceEvent event : events) {
            if (event.kind() == DeviceEventKind.REASSIGNED) {
                moved++;
            }
        }
        return moved;
    }
}
