package dev.fleetcast.live.run.trace;

import dev.fleetcast.live.run.RunClock;
import dev.fleetcast.model.result.GatewaySample;
import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.timeline.DeviceEventKind;
import dev.fleetcast.model.trace.ApiCall;
import dev.fleetcast.model.trace.GatewaySeries;
import dev.fleetcast.model.trace.PodObservation;
import dev.fleetcast.model.trace.PodPhaseSample;
import dev.fleetcast.model.trace.Trace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Turns what watches see into a trace. Every observation is stamped with the run clock under
 * one lock, so the timeline is in time order whichever thread delivered it.
 *
 * <p>The rules, one device at a time:
 * <ul>
 *   <li>{@code CREATED} when the run created it ({@link #deviceCreated}), or when a watch first
 *       sees it if the run did not say so first;</li>
 *   <li>{@code DECIDED} when status.gateway is first set, {@code REASSIGNED} when it changes to
 *       another gateway (each with the new gateway);</li>
 *   <li>phase Enrolled: {@code ENROLLED} the first time, {@code RE_ENROLLED} after that (a
 *       device seen Connected without having been seen Enrolled — two writes folded into one
 *       watch event — gets the enrollment event first); Connected: {@code CONNECTED};
 *       Unreachable: {@code UNREACHABLE};</li>
 *   <li>{@code GATEWAY_LOST} for each device on a gateway when that gateway is deleted or its
 *       phase leaves Running, once per loss.</li>
 * </ul>
 * Gateway samples count devices whose status names each of the run's gateways, in the order
 * given at construction. Pods created before the run started are left out (they are the lab's,
 * not the run's).
 *
 * <p>Thread-safe.
 */
public final class TraceRecorder {

    private final RunClock clock;
    private final List<String> gateways;
    private final List<DeviceEvent> timeline = new ArrayList<>();
    private final List<GatewaySample> samples = new ArrayList<>();
    private final List<PodPhaseSample> podPhases = new ArrayList<>();
    private final List<ApiCall> apiCalls = new ArrayList<>();
    private final Map<String, DeviceState> devices = new LinkedHashMap<>();
    private final Map<String, String> gatewayPhases = new LinkedHashMap<>();
    private final Map<String, PodSighting> pods = new LinkedHashMap<>();
    private long lastTime;

    /**
     * A recorder for a run over {@code gateways} (the column order of its samples), timed by
     * {@code clock}.
     */
    public TraceRecorder(RunClock clock, List<String> gateways) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.gateways = List.copyOf(new LinkedHashSet<>(gateways));
    }

    /** The run created Device {@code name} just now. */
    public synchronized void deviceCreated(String name) {
        device(name, now());
    }

    /** A watch saw Device {@code observed.name()} as it is now. */
    public synchronized void deviceObserved(DeviceObservation observed) {
        long now = now();
        DeviceState state = device(observed.name(), now);
        if (!observed.gateway().isEmpty() && !observed.gateway().equals(state.gateway)) {
            if (!state.gateway.isEmpty() && !state.lostReported
                    && !"Running".equals(gatewayPhases.getOrDefault(state.gateway, ""))) {
                // Moved off a gateway already seen failing or gone, before that was reported for this device.
                emit(now, observed.name(), DeviceEventKind.GATEWAY_LOST, state.gateway);
            }
            DeviceEventKind kind = state.gateway.isEmpty() && !state.everAssigned
                    ? DeviceEventKind.DECIDED : DeviceEventKind.REASSIGNED;
            emit(now, observed.name(), kind, observed.gateway());
            state.everAssigned = true;
            state.lostReported = false;
            state.enrolledSinceAssignment = false;
        }
        state.gateway = observed.gateway();
        if (!observed.phase().equals(state.phase)) {
            switch (observed.phase()) {
                case "Enrolled" -> enrolled(now, observed.name(), state);
                case "Connected" -> {
                    if (!state.enrolledSinceAssignment) {
                        enrolled(now, observed.name(), state);
                    }
                    emit(now, observed.name(), DeviceEventKind.CONNECTED, state.gateway);
                }
                case "Unreachable" -> emit(now, observed.name(), DeviceEventKind.UNREACHABLE, state.gateway);
                case "Pending", "Enrolling" -> state.enrolledSinceAssignment = false;
                default -> { }
            }
            state.phase = observed.phase();
        }
    }

    /** A watch saw Device {@code name} deleted: it no longer counts. */
    public synchronized void deviceDeleted(String name) {
        now();
        devices.remove(name);
    }

    /** A watch saw Gateway {@code name} with status.phase {@code phase} (empty before any status). */
    public synchronized void gatewayObserved(String name, String phase) {
        long now = now();
        String before = gatewayPhases.put(name, phase == null ? "" : phase);
        if ("Running".equals(before) && !"Running".equals(phase)) {
            lost(now, name);
        }
    }

    /** A watch saw Gateway {@code name} deleted. */
    public synchronized void gatewayDeleted(String name) {
        long now = now();
        if (gatewayPhases.remove(name) != null) {
            lost(now, name);
        }
    }

    /** A watch saw a pod as it is now. */
    public synchronized void podObserved(PodSighting pod) {
        now();
        if (pod.createdNanos() >= 0) {
            pods.put(pod.name(), pod);
        }
    }

    /** A watch saw pod {@code name} deleted; its start-up stays in the trace, its phase leaves the counts. */
    public synchronized void podDeleted(String name) {
        now();
        PodSighting pod = pods.get(name);
        if (pod != null) {
            pods.put(name, new PodSighting(pod.name(), pod.role(), "Deleted", pod.createdNanos(), pod.scheduledNanos(),
                    pod.containersStartedNanos(), pod.readyNanos(), pod.restarts()));
        }
    }

    /** The run made an API request that took {@code latencyNanos} from {@code startNanos}. */
    public synchronized void apiCall(ApiCall call) {
        apiCalls.add(call);
    }

    /** Records a row of devices per gateway and pods per phase, now; returns the fleet as it is. */
    public synchronized FleetState sample() {
        long now = now();
        FleetState state = state(now);
        int[] counts = new int[gateways.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = state.devicesPerGateway().getOrDefault(gateways.get(i), 0);
        }
        samples.add(new GatewaySample(now, counts));
        Map<String, Integer> phases = new TreeMap<>();
        for (PodSighting pod : pods.values()) {
            if (!pod.phase().isEmpty() && !"Deleted".equals(pod.phase())) {
                phases.merge(pod.phase(), 1, Integer::sum);
            }
        }
        podPhases.add(new PodPhaseSample(now, phases));
        return state;
    }

    /** The fleet as it is now, without recording anything. */
    public synchronized FleetState state() {
        return state(now());
    }

    /** What was recorded so far, as a trace. */
    public synchronized Trace trace(String scenario, String source) {
        List<PodObservation> observed = new ArrayList<>();
        for (PodSighting pod : pods.values()) {
            observed.add(new PodObservation(pod.name(), pod.role(), pod.createdNanos(), pod.scheduledNanos(),
                    pod.containersStartedNanos(), pod.readyNanos(), pod.restarts()));
        }
        return new Trace(scenario, source, clock.startedAt().toString(), timeline, List.of(),
                new GatewaySeries(gateways, samples), observed, podPhases, List.of(), apiCalls);
    }

    private FleetState state(long now) {
        Map<String, Integer> perGateway = new LinkedHashMap<>();
        gateways.forEach(g -> perGateway.put(g, 0));
        Map<String, Integer> phases = new HashMap<>();
        int connected = 0;
        for (DeviceState device : devices.values()) {
            if (!device.gateway.isEmpty()) {
                perGateway.merge(device.gateway, 1, Integer::sum);
            }
            phases.merge(device.phase, 1, Integer::sum);
            if ("Connected".equals(device.phase) && "Running".equals(gatewayPhases.get(device.gateway))) {
                connected++;
            }
        }
        return new FleetState(now, perGateway, gatewayPhases, phases, devices.size(), connected);
    }

    private void enrolled(long now, String device, DeviceState state) {
        emit(now, device, state.everEnrolled ? DeviceEventKind.RE_ENROLLED : DeviceEventKind.ENROLLED, state.gateway);
        state.everEnrolled = true;
        state.enrolledSinceAssignment = true;
    }

    private void lost(long now, String gateway) {
        for (Map.Entry<String, DeviceState> entry : devices.entrySet()) {
            DeviceState state = entry.getValue();
            if (gateway.equals(state.gateway) && !state.lostReported) {
                emit(now, entry.getKey(), DeviceEventKind.GATEWAY_LOST, gateway);
                state.lostReported = true;
                state.enrolledSinceAssignment = false;
            }
        }
    }

    private DeviceState device(String name, long now) {
        DeviceState state = devices.get(name);
        if (state == null) {
            state = new DeviceState();
            devices.put(name, state);
            emit(now, name, DeviceEventKind.CREATED, "");
        }
        return state;
    }

    private void emit(long now, String device, DeviceEventKind kind, String gateway) {
        timeline.add(new DeviceEvent(now, device, kind, gateway));
    }

    /** The run clock's time, never before the last one taken (a clock that steps back is held). */
    private long now() {
        lastTime = Math.max(lastTime, Math.max(0, clock.elapsedNanos()));
        return lastTime;
    }

    /** What the recorder remembers of one device. */
    private static final class DeviceState {
        String phase = "";
        String gateway = "";
        boolean everAssigned;
        boolean everEnrolled;
        boolean enrolledSinceAssignment;
        boolean lostReported;
    }
}
