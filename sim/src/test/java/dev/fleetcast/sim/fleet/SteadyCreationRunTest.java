package dev.fleetcast.sim.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.model.assignment.RoundRobin;
import dev.fleetcast.model.distribution.UniformDuration;
import dev.fleetcast.model.result.SteadyCreationOutcome;
import dev.fleetcast.model.scenario.SteadyCreationFleet;
import dev.fleetcast.sim.kernel.Engine;
import dev.fleetcast.sim.random.RandomStreams;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SteadyCreationRunTest {

    private static final long SECOND = 1_000_000_000L;

    private static SteadyCreationFleet fleet(int devices, int gateways) {
        return new SteadyCreationFleet(devices, SteadyCreationFleet.numberedGateways(gateways), SECOND,
                new UniformDuration(20 * SECOND, 40 * SECOND), new RoundRobin());
    }

    private static SteadyCreationOutcome run(SteadyCreationFleet fleet, long seed, Engine engine) {
        return new SteadyCreationRun(fleet, new RandomStreams(seed), engine).run();
    }

    @Test
    void roundRobinSpreadsOneHundredDevicesEvenlyOverFiveGateways() {
        SteadyCreationOutcome outcome = run(fleet(100, 5), 42, new Engine());

        assertThat(outcome.devicesPerGateway()).isEqualTo(Map.of(
                "gateway-1", 20, "gateway-2", 20, "gateway-3", 20, "gateway-4", 20, "gateway-5", 20));
        assertThat(outcome.unassigned()).isEmpty();
        assertThat(outcome.eventsProcessed()).as("one creation and one enrollment per device").isEqualTo(200);
    }

    @Test
    void unevenFleetsDifferByAtMostOne() {
        SteadyCreationOutcome outcome = run(fleet(103, 5), 1, new Engine());

        assertThat(outcome.devicesPerGateway().values()).containsExactly(21, 21, 21, 20, 20);
    }

    @Test
    void enrollmentLatencyIsThePodStartupAndAveragesItsMean() {
        SteadyCreationOutcome outcome = run(fleet(1_000, 5), 7, new Engine());
        long[] latencies = outcome.enrollmentLatenciesNanos();

        assertThat(latencies).hasSize(1_000);
        assertThat(Arrays.stream(latencies).min().getAsLong()).isGreaterThanOrEqualTo(20 * SECOND);
        assertThat(Arrays.stream(latencies).max().getAsLong()).isLessThanOrEqualTo(40 * SECOND);
        // Mean of 1000 uniform(20 s, 40 s) draws: standard error 5.77 s / sqrt(1000) = 0.18 s;
        // 5 standard errors (0.91 s) is crossed by chance with probability below 1e-6.
        double meanSeconds = Arrays.stream(latencies).average().getAsDouble() / SECOND;
        assertThat(meanSeconds).isBetween(30 - 0.91, 30 + 0.91);
        // The last device is created at 999 s and enrolls within 40 s of it.
        assertThat(outcome.endTimeNanos()).isBetween(999 * SECOND + 20 * SECOND, 999 * SECOND + 40 * SECOND);
    }

    @Test
    void theSameSeedGivesTheSameOutcomeInEitherTieOrder() {
        SteadyCreationOutcome fifo = run(fleet(200, 3), 5, new Engine());

        assertThat(run(fleet(200, 3), 5, new Engine())).isEqualTo(fifo);
        assertThat(run(fleet(200, 3), 5, Engine.withRandomTieOrder(99)).devicesPerGateway())
                .isEqualTo(fifo.devicesPerGateway());
        assertThat(run(fleet(200, 3), 6, new Engine())).isNotEqualTo(fifo);
    }

    @Test
    void aDeviceDrawsTheSameStartupWhateverTheFleetSize() {
        long[] small = run(fleet(10, 2), 3, new Engine()).enrollmentLatenciesNanos();
        long[] large = run(fleet(500, 7), 3, new Engine()).enrollmentLatenciesNanos();

        // Enrollment order can differ, but device-0 is created first and its draw is its own.
        assertThat(Arrays.stream(large).boxed().toList()).containsAll(Arrays.stream(small).boxed().toList());
    }
}
