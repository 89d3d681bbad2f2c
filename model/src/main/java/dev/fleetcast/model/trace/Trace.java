package dev.fleetcast.model.trace;

import dev.fleetcast.model.timeline.DeviceEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * What one run was observed to do: the content of a {@code fleetcast-trace} file. Any part may
 * be empty — a run records what it can see.
 *
 * @param scenario the scenario the run played, or empty
 * @param source where and how the trace was recorded, free text for people, or empty
 * @param startedAt the wall-clock instant of time 0 as ISO-8601 text (the reader checks it), or
 *     empty; no time in the trace depends on it
 * @param timeline every device event in non-decreasing time order: all devices' timelines
 *     interleaved, as a {@code TimelineSink} receives them ({@link #byDevice()} separates them)
 * @param decisions assignment decisions in non-decreasing time order
 * @param gatewaySamples devices per gateway over time
 * @param pods pod start-ups, each pod once
 * @param podPhases pods per phase over time, in non-decreasing time order
 * @param scaling replica count changes in non-decreasing time order
 * @param apiCalls measured API requests, in any order (concurrent requests finish out of order)
 */
public record Trace(String scenario, String source, String startedAt, List<DeviceEvent> timeline,
        List<TraceDecision> decisions, GatewaySeries gatewaySamples, List<PodObservation> pods,
        List<PodPhaseSample> podPhases, List<ScaleChange> scaling, List<ApiCall> apiCalls) {

    public Trace {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(gatewaySamples, "gatewaySamples");
        timeline = List.copyOf(timeline);
        decisions = List.copyOf(decisions);
        pods = List.copyOf(pods);
        podPhases = List.copyOf(podPhases);
        scaling = List.copyOf(scaling);
        apiCalls = List.copyOf(apiCalls);
        inOrder("timeline", timeline, DeviceEvent::timeNanos);
        inOrder("decisions", decisions, TraceDecision::timeNanos);
        inOrder("podPhases", podPhases, PodPhaseSample::timeNanos);
        inOrder("scaling", scaling, ScaleChange::timeNanos);
        Set<String> names = new HashSet<>();
        for (PodObservation pod : pods) {
            if (!names.add(pod.name())) {
                throw new IllegalArgumentException("trace: pod " + pod.name() + " appears twice");
            }
        }
    }

    /** A trace of device events only, with nothing else observed. */
    public static Trace ofTimeline(String scenario, List<DeviceEvent> timeline) {
        return new Trace(scenario, "", "", timeline, List.of(), GatewaySeries.EMPTY, List.of(), List.of(), List.of(),
                List.of());
    }

    /** Each device's own timeline, devices in order of their first event, events in time order. */
    public Map<String, List<DeviceEvent>> byDevice() {
        Map<String, List<DeviceEvent>> devices = new LinkedHashMap<>();
        for (DeviceEvent event : timeline) {
            devices.computeIfAbsent(event.device(), d -> new ArrayList<>()).add(event);
        }
        devices.replaceAll((device, events) -> Collections.unmodifiableList(events));
        return Collections.unmodifiableMap(devices);
    }

    private static <T> void inOrder(String part, List<T> items, ToLongFunction<T> time) {
        for (int i = 1; i < items.size(); i++) {
            if (time.applyAsLong(items.get(i)) < time.applyAsLong(items.get(i - 1))) {
                throw new IllegalArgumentException("trace: " + part + " must be in time order; item " + i + " ("
                        + items.get(i) + ") comes before item " + (i - 1) + " (" + items.get(i - 1) + ")");
            }
        }
    }
}
