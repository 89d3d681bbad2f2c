package dev.fleetcast.model.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A simulated platform run: a fleet of devices created by a process, gateways, the device
 * controller, the platform's timing, heartbeats, faults, and how long to simulate.
 *
 * @param name the scenario's name, for files and reports
 * @param devices how many devices are created, at least 1
 * @param creation when they are created
 * @param gateways the gateways, at least one, names unique; all are rolled out at time 0
 * @param controller the device controller
 * @param latencies the platform's timing
 * @param heartbeat heartbeats, monitor and reconnection
 * @param faults what happens to gateways, each naming a declared gateway
 * @param durationNanos how long to simulate, positive
 * @param samplingIntervalNanos how often devices per gateway are sampled, positive
 * @param load the messages devices send their gateways, if the scenario models them; without
 *     it the data plane is only connections and heartbeats
 * @param autoscaling the autoscaling of one gateway's Deployment, if any (needs a load)
 */
public record PlatformScenario(
        String name,
        int devices,
        CreationProcess creation,
        List<GatewaySpec> gateways,
        ControllerSettings controller,
        Latencies latencies,
        HeartbeatSettings heartbeat,
        List<Fault> faults,
        long durationNanos,
        long samplingIntervalNanos,
        Optional<MessageLoad> load,
        Optional<AutoscalingSettings> autoscaling) {

    /** A scenario without message load. */
    public PlatformScenario(String name, int devices, CreationProcess creation, List<GatewaySpec> gateways,
            ControllerSettings controller, Latencies latencies, HeartbeatSettings heartbeat, List<Fault> faults,
            long durationNanos, long samplingIntervalNanos) {
        this(name, devices, creation, gateways, controller, latencies, heartbeat, faults, durationNanos,
                samplingIntervalNanos, Optional.empty(), Optional.empty());
    }

    public PlatformScenario {
        Objects.requireNonNull(load, "load");
        Objects.requireNonNull(autoscaling, "autoscaling");
        if (autoscaling.isPresent() && load.isEmpty()) {
            throw new IllegalArgumentException("autoscaling needs a message load: the autoscaler scales on what the "
                    + "gateway's replicas do with messages");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(creation, "creation");
        Objects.requireNonNull(controller, "controller");
        Objects.requireNonNull(latencies, "latencies");
        Objects.requireNonNull(heartbeat, "heartbeat");
        gateways = List.copyOf(gateways);
        faults = List.copyOf(faults);
        if (devices < 1) {
            throw new IllegalArgumentException("devices must be at least 1, was " + devices);
        }
        if (creation instanceof CreationProcess.Recorded recorded && recorded.timesNanos().size() != devices) {
            throw new IllegalArgumentException("creation: a recording of " + recorded.timesNanos().size()
                    + " creation times for " + devices + " devices; there must be one per device");
        }
        if (gateways.isEmpty()) {
            throw new IllegalArgumentException("gateways: at least one gateway is needed, was none");
        }
        Set<String> names = new HashSet<>();
        for (GatewaySpec gateway : gateways) {
            if (!names.add(gateway.name())) {
                throw new IllegalArgumentException("gateways: " + gateway.name() + " is declared twice");
            }
        }
        if (autoscaling.isPresent() && autoscaling.get().scope() == AutoscalingSettings.Scope.GATEWAYS
                && autoscaling.get().initialReplicas() > gateways.size()) {
            throw new IllegalArgumentException("autoscaling: " + autoscaling.get().initialReplicas()
                    + " gateways at the start, but only " + gateways.size() + " are declared");
        }
        if (autoscaling.isPresent() && autoscaling.get().scope() == AutoscalingSettings.Scope.REPLICAS
                && !names.contains(autoscaling.get().gateway())) {
            throw new IllegalArgumentException("autoscaling: gateway " + autoscaling.get().gateway()
                    + " is not declared; declared: " + gateways.stream().map(GatewaySpec::name).toList());
        }
        for (Fault fault : faults) {
            if (!names.contains(fault.gateway())) {
                throw new IllegalArgumentException("faults: gateway " + fault.gateway() + " is not declared; declared: "
                        + gateways.stream().map(GatewaySpec::name).toList());
            }
        }
        if (durationNanos < 1) {
            throw new IllegalArgumentException("duration must be positive, was " + durationNanos + " ns");
        }
        if (samplingIntervalNanos < 1) {
            throw new IllegalArgumentException("sampling interval must be positive, was " + samplingIntervalNanos + " ns");
        }
    }
}
