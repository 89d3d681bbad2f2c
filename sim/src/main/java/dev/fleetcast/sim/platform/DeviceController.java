package dev.fleetcast.sim.platform;

import dev.fleetcast.model.assignment.Decision;
import dev.fleetcast.model.assignment.DeviceRef;
import dev.fleetcast.model.discipline.DecisionRecord;
import dev.fleetcast.model.discipline.Intent;
import dev.fleetcast.model.discipline.Discipline.Reconciler;
import dev.fleetcast.model.discipline.ReconcileOutcome;
import dev.fleetcast.model.discipline.StatusStore;
import dev.fleetcast.model.fleet.GatewayPhase;
import dev.fleetcast.model.scenario.ControllerSettings;
import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.timeline.DeviceEventKind;
import dev.fleetcast.model.timeline.TimelineSink;
import dev.fleetcast.sim.kernel.Engine;
import java.util.ArrayDeque;
import dev.fleetcast.model.assignment.FleetView;
import dev.fleetcast.model.assignment.GatewayView;
import dev.fleetcast.model.rebalance.FailoverRules;
import dev.fleetcast.model.rebalance.MoveBudget;
import dev.fleetcast.model.rebalance.Rebalancer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.rng.UniformRandomProvider;

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
    private final UniformRandomProvider rebalanceRandom;

    private final ArrayDeque<String> queue = new ArrayDeque<>();
    /** Devices queued or being reconciled, with why. */
    private final Map<String, Intent> intents = new HashMap<>();
    private final Set<String> queued = new LinkedHashSet<>();
    private final Set<String> inProgress = new LinkedHashSet<>();
    private final Set<String> again = new LinkedHashSet<>();
    /** Devices no gateway would take, waiting for a requeue or a gateway to become Running. */
    private final Map<String, Long> waiting = new HashMap<>();
    private int busyWorkers;

    DeviceController(Engine engine, ControllerSettings settings, Informer informer, StatusStore store,
            Reconciler reconciler, TimelineSink timeline, Consumer<DecisionRecord> decisionLog,
            UniformRandomProvider rebalanceRandom) {
        this.engine = engine;
        this.settings = settings;
        this.informer = informer;
        this.store = store;
        this.reconciler = reconciler;
        this.timeline = timeline;
        this.decisionLog = decisionLog;
        this.rebalanceRandom = rebalanceRandom;
        informer.onChange(this::onChange);
    }

    /**
     * Starts the periodic rebalancing, if the settings ask for it: every interval, model's
     * {@link Rebalancer} picks at most the budget's devices that the policy would now place
     * elsewhere, judged on the informer's view, and each is reconciled as leaving its gateway.
     * Cost: a plan looks at every assigned device, so rebalancing is for fleets of thousands.
     */
    void startRebalancing() {
        settings.rebalance().ifPresent(budget -> engine.scheduleAfter(budget.intervalNanos(), () -> rebalance(budget)));
    }

    private void rebalance(MoveBudget budget) {
        FleetView view = informer.view();
        Map<String, String> placement = new LinkedHashMap<>();
        for (GatewayView gateway : view.gateways()) {
            if (gateway.running()) {
                informer.devicesOn(gateway.name()).forEach(device -> placement.put(device, gateway.name()));
            }
        }
        List<String> moves = Rebalancer.plan(placement, view, settings.policy().startRun(rebalanceRandom),
                budget.maxMoves());
        moves.forEach(device -> enqueue(device, new Intent.Rebalance(placement.get(device))));
        engine.scheduleAfter(budget.intervalNanos(), () -> rebalance(budget));
    }

    private void onChange(ObjectChange change) {
        if (change instanceof ObjectChange.DeviceChanged device) {
            FailoverRules.forDevice(settings.failoverTrigger(), device.gateway(), device.phase())
                    .ifPresent(intent -> enqueue(device.name(), intent));
        } else if (change instanceof ObjectChange.GatewayChanged gateway) {
            if (gateway.phase() == GatewayPhase.RUNNING) {
                // A gateway that can take devices: those waiting need not wait for their timers.
                waiting.keySet().stream().sorted().toList().forEach(device -> enqueue(device, Intent.PLACE));
            } else if (FailoverRules.devicesMustLeave(settings.failoverTrigger(), gateway.phase())) {
                informer.devicesOn(gateway.name()).forEach(device -> enqueue(device, new Intent.Leave(gateway.name())));
            }
        }
    }

    /**
     * Adds {@code device} to the work queue (see the class comment for the guarantees). A
     * failover intent is never replaced by a weaker one while it is pending.
     */
    void enqueue(String device, Intent intent) {
        Intent pending = intents.get(device);
        if (pending == null || strength(intent) >= strength(pending)) {
            intents.put(device, intent);
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
            Intent intent = intents.getOrDefault(device, Intent.PLACE);
            reconciler.reconcile(DeviceRef.named(device), intent, store, outcome -> finished(device, intent, outcome));
        }
    }

    private void finished(String device, Intent intent, ReconcileOutcome outcome) {
        busyWorkers--;
        inProgress.remove(device);
        intents.remove(device, intent);
        if (outcome instanceof ReconcileOutcome.Assigned assigned) {
            DecisionRecord record = assigned.decision();
            decisionLog.accept(record);
            String gateway = ((Decision.Assigned) record.decision()).gateway();
            timeline.record(new DeviceEvent(engine.now(), device, DeviceEventKind.DECIDED, gateway));
            String left = intent instanceof Intent.Leave leave ? leave.gateway()
                    : intent instanceof Intent.Rebalance rebalance ? rebalance.gateway() : "";
            if (!left.isEmpty()) {
                timeline.record(new DeviceEvent(engine.now(), device, DeviceEventKind.REASSIGNED, gateway));
                reconciler.released(device, left, store);
            }
        } else if (outcome instanceof ReconcileOutcome.Unassigned unassigned) {
            decisionLog.accept(unassigned.decision());
            timeline.record(new DeviceEvent(engine.now(), device, DeviceEventKind.DECIDED, ""));
            waitForRequeue(device, intent);
        } else if (outcome instanceof ReconcileOutcome.GaveUp gaveUp) {
            decisionLog.accept(gaveUp.lastDecision());
            waitForRequeue(device, intent);
        }
        if (again.remove(device)) {
            enqueue(device, intents.getOrDefault(device, Intent.PLACE));
        }
        startWorkers();
    }

    private void waitForRequeue(String device, Intent intent) {
        if (intent instanceof Intent.Leave) {
            intents.putIfAbsent(device, intent);
        }
        long timer = engine.scheduleAfter(settings.requeueIntervalNanos(), () -> {
            waiting.remove(device);
            enqueue(device, intents.getOrDefault(device, Intent.PLACE));
        });
        waiting.put(device, timer);
    }

    /** Failover outranks rebalancing, which outranks plain placement. */
    private static int strength(Intent intent) {
        return intent instanceof Intent.Leave ? 2 : intent instanceof Intent.Rebalance ? 1 : 0;
    }

    /** Devices the controller has given up on for now and will requeue. */
    Set<String> waiting() {
        return waiting.keySet();
    }
}
