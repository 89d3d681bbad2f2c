package dev.fleetcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.formats.scenario.ScenarioReader;
import dev.fleetcast.live.run.PlannedDevice;
import dev.fleetcast.live.run.RunPlanner;
import dev.fleetcast.model.result.PlatformOutcome;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.model.timeline.DeviceEventKind;
import dev.fleetcast.sim.kernel.Engine;
import dev.fleetcast.sim.platform.PlatformRun;
import dev.fleetcast.sim.random.RandomStreams;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A live run creates Devices when replication 0 of the simulation created them: both draw the
 * creation process from the same named stream, seeded by model's StreamSeeds. Only cli sees
 * both sides (live never depends on sim), so the check lives here.
 */
class LiveScheduleMatchesSimulationTest {

    @Test
    void poissonCreationTimesOfALiveRunAreReplicationZerosForTheSameSeed() {
        for (long seed : new long[] {1, 42, 2025}) {
            PlatformScenario scenario = new ScenarioReader().read("poisson.yaml", """
                    schemaVersion: 1
                    name: poisson
                    devices: 40
                    creation: {kind: poisson, start: 5s, meanInterval: 500ms}
                    gateways: 3
                    controller: {policy: least-connections, discipline: ledger}
                    duration: 10m
                    """).scenario();

            List<Long> live = RunPlanner.plan(scenario, "ns", "run", seed).devices().stream()
                    .map(PlannedDevice::atNanos).sorted().toList();
            PlatformOutcome simulated = new PlatformRun(scenario, RandomStreams.forReplication(seed, 0), new Engine(),
                    new PlatformRun.Keep(true, false)).run();
            List<Long> sim = simulated.timeline().stream().filter(e -> e.kind() == DeviceEventKind.CREATED)
                    .map(e -> e.timeNanos()).sorted(Comparator.naturalOrder()).toList();

            assertThat(live).as("seed " + seed).hasSize(40).isEqualTo(sim);
        }
    }
}
