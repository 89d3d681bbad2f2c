package dev.fleetcast.sim.platform;

import dev.fleetcast.model.assignment.AssignmentPolicy;
import dev.fleetcast.model.assignment.CapacityRule;
import dev.fleetcast.model.assignment.LeastConnections;
import dev.fleetcast.model.discipline.Discipline;
import dev.fleetcast.model.scenario.CreationProcess;
import dev.fleetcast.model.scenario.FailoverTrigger;
import dev.fleetcast.model.scenario.Fault;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.model.scenario.ReadMode;
import dev.fleetcast.model.scenario.WasmbedDefaults;
import java.util.List;

/** Scenarios for the platform tests, with WASMBED's defaults for timing. */
final class TestScenarios {

    static final long MS = 1_000_000L;
    static final long S = 1_000_000_000L;

    /** Least-connections from model's catalogue, ignoring maxDevices as WASMBED does. */
    static final AssignmentPolicy LEAST_CONNECTIONS = new LeastConnections(CapacityRule.IGNORE_MAX_DEVICES);

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
