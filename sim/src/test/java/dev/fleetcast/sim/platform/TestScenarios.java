package dev.fleetcast.sim.platform;

import dev.fleetcast.model.assignment.AssignmentPolicy;
import dev.fleetcast.model.assignment.Decision;
import dev.fleetcast.model.assignment.DeviceRef;
import dev.fleetcast.model.assignment.FleetView;
import dev.fleetcast.model.assignment.GatewayView;
import dev.fleetcast.model.discipline.Discipline;
import dev.fleetcast.model.distribution.UniformDuration;
import dev.fleetcast.model.scenario.ControllerSettings;
import dev.fleetcast.model.scenario.CreationProcess;
import dev.fleetcast.model.scenario.FailoverTrigger;
import dev.fleetcast.model.scenario.Fault;
import dev.fleetcast.model.scenario.GatewaySpec;
import dev.fleetcast.model.scenario.HeartbeatSettings;
import dev.fleetcast.model.scenario.Latencies;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.model.scenario.ReadMode;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;

/** Scenarios for the platform tests, with timing in the range reported from WASMBED's kind cluster. */
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

    static Latencies latencies() {
        return new Latencies(
                new UniformDuration(10 * MS, 40 * MS),   // api write
                new UniformDuration(60 * MS, 100 * MS),  // list, fixed part
                800_000L,                                // list, per device (0.8 ms)
                new UniformDuration(5 * MS, 50 * MS),    // watch delay
                new UniformDuration(20 * S, 40 * S),     // pod start-up
                new UniformDuration(100 * MS, 500 * MS), // handshake
                new UniformDuration(5 * S, 15 * S),      // failure noticed
                new UniformDuration(10 * S, 30 * S));    // gateway rollout
    }

    static HeartbeatSettings wasmbedHeartbeats() {
        return new HeartbeatSettings(30 * S, 30 * S, 90 * S, 1 * S, 30 * S);
    }

    static List<GatewaySpec> gateways(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> GatewaySpec.named("gateway-" + i)).toList();
    }

    static PlatformScenario scenario(int devices, int gateways, CreationProcess creation, AssignmentPolicy policy,
            Discipline discipline, int workers, ReadMode readMode, FailoverTrigger trigger, List<Fault> faults,
            long durationNanos) {
        return new PlatformScenario("test", devices, creation, gateways(gateways),
                new ControllerSettings(policy, discipline, workers, readMode, 30 * S, trigger), latencies(),
                wasmbedHeartbeats(), faults, durationNanos, 10 * S);
    }
}
