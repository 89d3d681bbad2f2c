package dev.fleetcast.sim.fleet;

import dev.fleetcast.model.assignment.AssignmentPolicy.Assigner;
import dev.fleetcast.model.assignment.Decision;
import dev.fleetcast.model.assignment.DeviceRef;
import dev.fleetcast.model.assignment.FleetView;
import dev.fleetcast.model.assignment.GatewayView;
import dev.fleetcast.model.result.SteadyCreationOutcome;
import dev.fleetcast.model.scenario.SteadyCreationFleet;
import dev.fleetcast.sim.kernel.Engine;
import dev.fleetcast.sim.random.RandomStreams;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One replication of a {@link SteadyCreationFleet}: devices are created one by one, each is
 * assigned by the policy the moment it is created, from an up-to-date view, and enrolls when
 * its pod has started.
 *
 * <p>Events: one creation event per device, which schedules the next creation, and one
 * enrollment event per assigned device. Random streams: {@code "policy"} for the policy,
 * {@code "device-<i>/pod-startup"} for device {@code i}'s start-up, so a device's start-up
 * time does not depend on the fleet's size or the policy.
 */
public final class SteadyCreationRun {

    private final SteadyCreationFleet fleet;
    private final RandomStreams streams;
    private final Engine engine;
    private final Assigner assigner;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final List<String> unassigned = new ArrayList<>();
    private final long[] latencies;
    private int enrolled;

    /**
     * @param fleet what to simulate
     * @param streams the replication's random streams
     * @param engine a fresh engine at time zero (FIFO or random-tie mode)
     */
    public SteadyCreationRun(SteadyCreationFleet fleet, RandomStreams streams, Engine engine) {
        this.fleet = fleet;
        this.streams = streams;
        this.engine = engine;
        this.assigner = fleet.policy().startRun(streams.stream("policy"));
        this.latencies = new long[fleet.devices()];
        fleet.gateways().forEach(name -> counts.put(name, 0));
    }

    /** Runs the replication to the end and returns what it produced. */
    public SteadyCreationOutcome run() {
        engine.scheduleAt(0, () -> create(0));
        engine.run();
        long[] enrolledLatencies = Arrays.copyOf(latencies, enrolled);
        return new SteadyCreationOutcome(counts, unassigned, enrolledLatencies, engine.eventsProcessed(), engine.now());
    }

    private void create(int index) {
        String device = "device-" + index;
        long createdAt = engine.now();
        Decision decision = assigner.decide(DeviceRef.named(device), view());
        if (decision instanceof Decision.Assigned assigned) {
            counts.merge(assigned.gateway(), 1, Integer::sum);
            long startup = fleet.podStartup().sampleNanos(streams.stream(device + "/pod-startup"));
            engine.scheduleAfter(startup, () -> latencies[enrolled++] = engine.now() - createdAt);
        } else {
            unassigned.add(device + ": " + ((Decision.NoneAvailable) decision).reason());
        }
        if (index + 1 < fleet.devices()) {
            engine.scheduleAfter(fleet.creationIntervalNanos(), () -> create(index + 1));
        }
    }

    private FleetView view() {
        List<GatewayView> gateways = new ArrayList<>(counts.size());
        counts.forEach((name, count) -> gateways.add(GatewayView.of(name, true, count)));
        return new FleetView(gateways);
    }
}
