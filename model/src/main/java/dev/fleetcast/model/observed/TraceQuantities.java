package dev.fleetcast.model.observed;

import dev.fleetcast.model.metrics.MetricCatalogue;
import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.timeline.DeviceEventKind;
import dev.fleetcast.model.trace.ApiCall;
import dev.fleetcast.model.trace.ApiVerb;
import dev.fleetcast.model.trace.Trace;
import java.util.List;
import java.util.Map;

/**
 * Measures a fleetcast trace:
 *
 * <ul>
 *   <li>{@code creationInterval}: between consecutive devices' first {@code created} events;
 *   <li>{@code podStartup}: a device's first {@code created} → its first {@code pod-ready}
 *       after it; when the timeline has no {@code pod-ready}, from the device pods instead
 *       ({@link PodQuantities});
 *   <li>{@code handshake}: a device's first {@code enrolled} → the later of its last
 *       {@code pod-ready} and its last {@code decided} (with a gateway) before it — so it
 *       includes the time the device took to learn its gateway;
 *   <li>{@code podScheduling}, {@code containerStart}, {@code gatewayRollout}: from the pods;
 *   <li>{@code apiWrite}: create, update and patch latencies; {@code apiList}: LIST latencies as
 *       measured (the per-device part is not taken out), with each LIST's {@code items} as the
 *       samples' sizes when every LIST has them;
 *   <li>the outcomes {@code enrollmentLatency}, {@code detectionTime}, {@code failoverRecovery}:
 *       the metric catalogue's definitions;
 *   <li>the split: the last row of the gateway samples.
 * </ul>
 */
public final class TraceQuantities {

    private TraceQuantities() {
    }

    /** The observations of {@code trace}, read from {@code source}. */
    public static ObservedQuantities of(SourceFile source, Trace trace) {
        ObservedQuantities.Builder into = ObservedQuantities.builder(source);
        Map<String, List<DeviceEvent>> devices = trace.byDevice();
        creationIntervals(devices, into);
        devices.values().forEach(events -> podStartupAndHandshake(events, into));
        if (into.count(QuantityNames.HANDSHAKE) > 0) {
            into.note("handshake is enrolled minus the later of pod-ready and decided, so it includes the time a "
                    + "device took to learn its gateway");
        }
        boolean fromTimeline = into.count(QuantityNames.POD_STARTUP) > 0;
        if (fromTimeline && !trace.pods().isEmpty()) {
            into.note("podStartup is from the timeline (device created -> pod-ready); the pods give only "
                    + "podScheduling, containerStart and gatewayRollout");
        }
        PodQuantities.measure(trace.pods(), !fromTimeline, into);
        into.addAll(QuantityNames.ENROLLMENT_LATENCY, MetricCatalogue.ENROLLMENT_LATENCY.measure(trace.timeline()));
        into.addAll(QuantityNames.DETECTION_TIME, MetricCatalogue.DETECTION_TIME.measure(trace.timeline()));
        into.addAll(QuantityNames.FAILOVER_RECOVERY, MetricCatalogue.FAILOVER_RECOVERY.measure(trace.timeline()));
        for (ApiCall call : trace.apiCalls()) {
            if (call.verb().isWrite()) {
                into.add(QuantityNames.API_WRITE, call.latencyNanos());
            } else if (call.verb() == ApiVerb.LIST) {
                if (call.items().isPresent()) {
                    into.add(QuantityNames.API_LIST, call.latencyNanos(), call.items().getAsInt());
                } else {
                    into.add(QuantityNames.API_LIST, call.latencyNanos());
                }
            }
        }
        if (into.count(QuantityNames.API_LIST) > 0) {
            into.note("apiList is each LIST's whole latency, including what each listed device adds");
        }
        trace.gatewaySamples().last().ifPresent(last -> {
            long created = devices.values().stream()
                    .filter(events -> events.stream().anyMatch(e -> e.kind() == DeviceEventKind.CREATED)).count();
            int sum = last.values().stream().mapToInt(Integer::intValue).sum();
            into.split(new GatewaySplit(trace.scenario(), created > 0 ? (int) created : sum,
                    trace.gatewaySamples().gateways().size(), last));
        });
        into.scaling(trace.scaling());
        return into.build();
    }

    private static void creationIntervals(Map<String, List<DeviceEvent>> devices, ObservedQuantities.Builder into) {
        long[] created = devices.values().stream()
                .mapToLong(events -> events.stream().filter(e -> e.kind() == DeviceEventKind.CREATED)
                        .mapToLong(DeviceEvent::timeNanos).findFirst().orElse(-1))
                .filter(t -> t >= 0).sorted().toArray();
        for (int i = 1; i < created.length; i++) {
            into.add(QuantityNames.CREATION_INTERVAL, created[i] - created[i - 1]);
        }
    }

    /** One device's events, in time order. */
    private static void podStartupAndHandshake(List<DeviceEvent> events, ObservedQuantities.Builder into) {
        long created = -1;
        long podReady = -1;
        long decided = -1;
        boolean podStartupDone = false;
        for (DeviceEvent event : events) {
            switch (event.kind()) {
                case CREATED:
                    if (created < 0) {
                        created = event.timeNanos();
                    }
                    break;
                case POD_READY:
                    if (created >= 0 && !podStartupDone) {
                        into.add(QuantityNames.POD_STARTUP, event.timeNanos() - created);
                        podStartupDone = true;
                    }
                    podReady = event.timeNanos();
                    break;
                case DECIDED:
                    if (!event.gateway().isEmpty()) {
                        decided = event.timeNanos();
                    }
                    break;
                case ENROLLED:
                    if (podReady >= 0 || decided >= 0) {
                        into.add(QuantityNames.HANDSHAKE, event.timeNanos() - Math.max(podReady, decided));
                    }
                    return;
                default:
                    break;
            }
        }
    }
}
