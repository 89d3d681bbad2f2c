package dev.fleetcast.sim.platform;

import dev.fleetcast.model.assignment.Decision;
import dev.fleetcast.model.assignment.DeviceRef;
import dev.fleetcast.model.discipline.DecisionRecord;
import dev.fleetcast.model.discipline.Discipline.Reconciler;
import dev.fleetcast.model.discipline.ReconcileOutcome;
import dev.fleetcast.model.discipline.StatusStore;
import dev.fleetcast.model.fleet.DevicePhase;
import dev.fleetcast.model.fleet.GatewayPhase;
import dev.fleetcast.model.scenario.ControllerSettings;
import dev.fleetcast.model.scenario.FailoverTrigger;
import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.timeline.DeviceEventKind;
import dev.fleetcast.model.timeline.TimelineSink;
import dev.fleetcast.sim.kernel.Engine;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The device controller: an informer, a work queue with client-go's guarantees (a queued key
 * is queued once; a key is never reconciled by two workers at once; a key added while it is
 * being reconciled is reconciled again afterwards), N concurrent reconcile workers, and the
 * periodic requeue. Each reconcile is the discipline's, with model's policy inside.
 *
 * <p>Event economy: only devices that still need a gateway have requeue timers; a device
 * with a Running gateway costs nothing until something changes.
 */
final class DeviceController {

    private final Engine engine;
    private final ControllerSettings settings;
    private final Informer informer;
    private final StatusStore store;
    private final Reconciler reconciler;
    private final TimelineSink timeline;
    private final Consumer<DecisionRecord> decisionLog;

    private final ArrayDeque<String> queue = new ArrayDeque<>();
    /** Devices queued or being reconciled, with the gateway each must leave ("" for none). */
    private final Map<String, String> leaving = new HashMap<>();
    private final Set<String> queued = new LinkedHashSet<>();
    private final Set<String> inProgress = new LinkedHashSet<>();
    private final Set<String> again = new LinkedHashSet<>();
    /** Devices no gateway would take, waiting for a requeue or a gateway to become Running. */
    private final Map<String, Long> waiting = new HashMap<>();
    private int busyWorkers;

    DeviceController(Engine engine, ControllerSettings settings, Informer informer, StatusStore store,
            Reconciler reconciler, TimelineSink timeline, Consumer<DecisionRecord> decisionLog) {
        this.engine = engine;
        this.settings = settings;
        this.informer = informer;
        this.store = store;
        this.reconciler = reconciler;
        this.timeline = timeline;
        this.decisionLog = decisionLog;
        informer.onChange(this::onChange);
    }

    private void onChange(ObjectChange change) {
        if (change instanceof ObjectChange.DeviceChanged device) {
            if (device.gateway().isEmpty() && device.phase() == DevicePhase.PENDING) {
                enqueue(device.name(), "");
            } else if (settings.failoverTrigger() == FailoverTrigger.HEARTBEAT_TIMEOUT
                    && device.phase() == DevicePhase.UNREACHABLE && !device.gateway().isEmpty()) {
                enqueue(device.name(), device.gateway());
            }
        } else if (change instanceof ObjectChange.GatewayChanged gateway) {
            if (gateway.phase() == GatewayPhase.RUNNING) {
                // A gateway that can take devices: those waiting need not wait for their timers.
                waiting.keySet().stream().sorted().toList().forEach(device -> enqueue(device, ""));
            } else if (settings.failoverTrigger() == FailoverTrigger.GATEWAY_PHASE) {
                informer.devicesOn(gateway.name()).forEach(device -> enqueue(device, gateway.name()));
            }
        }
    }

    /** Adds {@code device} to the work queue (see the class comment for the guarantees). */
    void enqueue(String device, String mustLeave) {
        if (!mustLeave.isEmpty() || !leaving.containsKey(device)) {
            leaving.put(device, mustLeave);
        }
        Long timer = waiting.remove(device);
        if (timer != null) {
            engine.cancel(timer);
        }
        if (inProgress.contains(device)) {
            again.add(device);
        } else if (queued.add(device)) {
            queue.addLast(device);
            startWorkers();
        }
    }

    private void startWorkers() {
        while (busyWorkers < settings.workers() && !queue.isEmpty()) {
            String device = queue.pollFirst();
            queued.remove(device);
            inProgress.add(device);
            busyWorkers++;
            String mustLeave = leaving.getOrDefault(device, "");
            reconciler.reconcile(DeviceRef.named(device), mustLeave, store,
                    outcome -> finished(device, mustLeave, outcome));
        }
    }

    private void finished(String device, String mustLeave, ReconcileOutcome outcome) {
        busyWorkers--;
        inProgress.remove(device);
        if (leaving.get(device) != null && leaving.get(device).equals(mustLeave)) {
            leaving.remove(device);
        }
        if (outcome instanceof ReconcileOutcome.Assigned assigned) {
            DecisionRecord record = assigned.decision();
            decisionLog.accept(record);
            String gateway = ((Decision.Assigned) record.decision()).gateway();
            timeline.record(new DeviceEvent(engine.now(), device, DeviceEventKind.DECIDED, gateway));
            if (!mustLeave.isEmpty()) {
                timeline.record(new DeviceEvent(engine.now(), device, DeviceEventKind.REASSIGNED, gateway));
                reconciler.released(device, mustLeave, store);
            }
        } else if (outcome instanceof ReconcileOutcome.Unassigned unassigned) {
            decisionLog.accept(unassigned.decision());
            timeline.record(new DeviceEvent(engine.now(), device, DeviceEventKind.DECIDED, ""));
            waitForRequeue(device, mustLeave);
        } else if (outcome instanceof ReconcileOutcome.GaveUp gaveUp) {
            decisionLog.accept(gaveUp.lastDecision());
            waitForRequeue(device, mustLeave);
        }
        if (again.remove(device)) {
            enqueue(device, leaving.getOrDefault(device, ""));
        }
        startWorkers();
    }

    private void waitForRequeue(String device, String mustLeave) {
        if (!mustLeave.isEmpty()) {
            leaving.put(device, mustLeave);
        }
        long timer = engine.scheduleAfter(settings.requeueIntervalNanos(), () -> {
            waiting.remove(device);
            enqueue(device, leaving.getOrDefault(device, ""));
        });
        waiting.put(device, timer);
    }

    /** Devices the controller has given up on for now and will requeue. */
    Set<String> waiting() {
        return waiting.keySet();
    }
}
