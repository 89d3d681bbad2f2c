package dev.fleetcast.sim.platform;

import static dev.fleetcast.sim.platform.TestScenarios.LEAST_CONNECTIONS;
import static dev.fleetcast.sim.platform.TestScenarios.S;
import static dev.fleetcast.sim.platform.TestScenarios.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.model.discipline.Blind;
import dev.fleetcast.model.discipline.Discipline;
import dev.fleetcast.model.discipline.Ledger;
import dev.fleetcast.model.discipline.Naive;
import dev.fleetcast.model.discipline.Optimistic;
import dev.fleetcast.model.result.PlatformOutcome;
import dev.fleetcast.model.scenario.CreationProcess;
import dev.fleetcast.model.scenario.FailoverTrigger;
import dev.fleetcast.model.scenario.Fault;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.model.scenario.ReadMode;
import dev.fleetcast.sim.kernel.Engine;
import dev.fleetcast.sim.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * After a gateway is killed, every one of its devices ends on a running gateway and no
 * device is lost or duplicated — on many seeds, in FIFO and random-tie-order engines, for
 * every discipline and both failover triggers.
 */
class FailoverInvariantTest {

    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Discipline discipline : List.of(new Blind(), new Naive(5), new Ledger(), new Optimistic(10))) {
            for (FailoverTrigger trigger : FailoverTrigger.values()) {
                cases.add(Arguments.of(discipline, trigger));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("cases")
    void aKilledGatewaysDevicesAllLandOnRunningGatewaysOnce(Discipline discipline, FailoverTrigger trigger) {
        PlatformScenario scenario = scenario(100, 5, new CreationProcess.Steady(0, S / 2), LEAST_CONNECTIONS,
                discipline, 3, ReadMode.CACHE, trigger,
                List.of(new Fault(400 * S, "gateway-1", Fault.Kind.KILL, 0)), 1_200 * S);
        for (long seed = 0; seed < 6; seed++) {
            for (boolean randomTies : new boolean[] {false, true}) {
                Engine engine = randomTies ? Engine.withRandomTieOrder(seed) : new Engine();
                PlatformOutcome outcome = new PlatformRun(scenario, new RandomStreams(seed), engine,
                        PlatformRun.Keep.NOTHING).run();
                String where = discipline.name() + ", " + trigger + ", seed " + seed + (randomTies ? ", random ties" : "");

                Map<String, Integer> connected = outcome.connectedPerGateway();
                assertThat(connected.get("gateway-1")).as(where).isZero();
                assertThat(outcome.stuck()).as(where).isEmpty();
                assertThat(connected.values().stream().mapToInt(Integer::intValue).sum()).as(where).isEqualTo(100);
                assertThat(outcome.assignedPerGateway()).as(where).isEqualTo(connected);
                assertThat(outcome.stuck()).as(where).isEmpty();
                assertThat(outcome.failoverRecoveries()).as(where).hasSize((int) outcome.devicesMoved());
            }
        }
    }
}
