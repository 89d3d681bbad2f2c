package dev.fleetcast.sim.platform;

import dev.fleetcast.model.assignment.AssignmentPolicy;
import dev.fleetcast.model.assignment.Decision;
import dev.fleetcast.model.assignment.DeviceRef;
import dev.fleetcast.model.assignment.FleetView;
import dev.fleetcast.model.assignment.GatewayView;
import dev.fleetcast.model.discipline.Discipline;
import dev.fleetcast.model.scenario.CreationProcess;
import dev.fleetcast.model.scenario.FailoverTrigger;
import dev.fleetcast.model.scenario.Fault;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.model.scenario.ReadMode;
import dev.fleetcast.model.scenario.WasmbedDefaults;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/** Scenarios for the platform tests, with WASMBED's defaults for timing. */
final class TestScenarios {

    static final long MS = 1_000_000L;
    static final long S = 1_000_000_000L;

    /** Least-connections, local to the tests so they do not depend on the policy catalogue. */
    static final AssignmentPolicy LEAST_CONNECTIONS = new AssignmentPolicy() {
        @Override
        public String name() {
            return "least-connections";
        }

        @Override
        public Assigner startRun(UniformRandomProvider random) {
            return (DeviceRef device, FleetView view) -> view.running().stream()
                    .min(Comparator.comparingInt(GatewayView::believedDevices))
                    .<Decision>map(g -> new Decision.Assigned(g.name()))
                    .orElse(new Decision.NoneAvailable("no gateway is Running"));
        }
    };

    private TestScenarios() {
    }

    static PlatformScenario scenario(int devices, int gateways, CreationProcess creation, AssignmentPolicy policy,
            Discipline discipline, int workers, ReadMode readMode, FailoverTrigger trigger, List<Fault> faults,
            long durationNanos) {
        return new PlatformScenario("test", devices, creation, WasmbedDefaults.gateways(gateways),
                WasmbedDefaults.controller(policy, discipline, workers, readMode, trigger), WasmbedDefaults.latencies(),
                WasmbedDefaults.heartbeat(), faults, durationNanos, 10 * S);
    }
}
