package dev.fleetcast.sim.platform;

import static dev.fleetcast.sim.platform.TestScenarios.LEAST_CONNECTIONS;
import static dev.fleetcast.sim.platform.TestScenarios.MS;
import static dev.fleetcast.sim.platform.TestScenarios.S;
import static dev.fleetcast.sim.platform.TestScenarios.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.fleetcast.model.discipline.Ledger;
import dev.fleetcast.model.distribution.ExponentialDuration;
import dev.fleetcast.model.load.LoadProfile;
import dev.fleetcast.model.result.MessageOutcome;
import dev.fleetcast.model.result.PlatformOutcome;
import dev.fleetcast.model.scenario.CreationProcess;
import dev.fleetcast.model.scenario.FailoverTrigger;
import dev.fleetcast.model.scenario.Fault;
import dev.fleetcast.model.scenario.MessageLoad;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.model.scenario.ReadMode;
import dev.fleetcast.sim.kernel.Engine;
import dev.fleetcast.sim.random.RandomStreams;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessageLoadRunTest {

    /**
     * 50 devices on 2 gateways (25 each), 1 message/s each, one worker per gateway at 10 ms
     * mean service: λ = 25/s, μ = 100/s, so each gateway is busy ρ = 0.25 of the time. After
     * gateway-2 is killed at 600 s its devices fail over to gateway-1: λ = 50/s, ρ = 0.5, and
     * gateway-2 serves nothing. Averages over 490 s and 280 s of 10-s samples: the standard
     * deviation of a busy-fraction average over T seconds of an M/M/1 queue is below
     * √(2ρ(1+ρ) / (μ (1 − ρ)² T)) ≈ 0.01 here, so 0.04 is a four-sigma bound.
     */
    @Test
    void gatewaysAreAsBusyAsTheirConnectedDevicesMakeThem() {
        PlatformScenario base = scenario(50, 2, new CreationProcess.Burst(35 * S), LEAST_CONNECTIONS, new Ledger(), 4,
                ReadMode.CACHE, FailoverTrigger.GATEWAY_PHASE, List.of(new Fault(600 * S, "gateway-2", Fault.Kind.KILL, 0)),
                1_000 * S);
        PlatformScenario loaded = new PlatformScenario(base.name(), base.devices(), base.creation(), base.gateways(),
                base.controller(), base.latencies(), base.heartbeat(), base.faults(), base.durationNanos(),
                base.samplingIntervalNanos(),
                Optional.of(new MessageLoad(new LoadProfile.Steady(1), new ExponentialDuration(10 * MS), 1)), Optional.empty());

        PlatformOutcome outcome = new PlatformRun(loaded, new RandomStreams(3), new Engine(), PlatformRun.Keep.NOTHING).run();

        MessageOutcome messages = outcome.messages().orElseThrow();
        assertThat(meanUtilization(messages, 0, 110 * S, 590 * S)).isCloseTo(0.25, offset(0.04));
        assertThat(meanUtilization(messages, 1, 110 * S, 590 * S)).isCloseTo(0.25, offset(0.04));
        assertThat(meanUtilization(messages, 0, 720 * S, 1_000 * S)).isCloseTo(0.5, offset(0.04));
        assertThat(meanUtilization(messages, 1, 720 * S, 1_000 * S)).isZero();
        // about 25 + 25 messages/s for ~560 s, then ~50/s for ~380 s: some 47,000 in all
        assertThat(messages.completed()).isBetween(40_000L, 52_000L);
        assertThat(messages.response().count()).isEqualTo(messages.completed());
        assertThat(messages.response().meanNanos()).isGreaterThan(10 * MS * 0.9);
    }

    @Test
    void messagesBeforeTheWarmUpAreServedButNotMeasured() {
        PlatformScenario base = scenario(20, 2, new CreationProcess.Burst(35 * S), LEAST_CONNECTIONS, new Ledger(), 2,
                ReadMode.CACHE, FailoverTrigger.GATEWAY_PHASE, List.of(), 400 * S);
        MessageOutcome all = runWith(base, 0);
        MessageOutcome late = runWith(base, 200 * S);

        // the same seeds serve the same messages; the warm-up only drops the first 200 s from the latencies
        assertThat(late.completed()).isEqualTo(all.completed());
        assertThat(late.response().count()).isLessThan(all.response().count()).isPositive();
        // 20 devices at 1 message/s, all connected by about 75 s: roughly 20 × 200 s measured
        assertThat(late.response().count()).isBetween(3_000L, 4_500L);
    }

    private static MessageOutcome runWith(PlatformScenario base, long warmUp) {
        PlatformScenario loaded = new PlatformScenario(base.name(), base.devices(), base.creation(), base.gateways(),
                base.controller(), base.latencies(), base.heartbeat(), base.faults(), base.durationNanos(),
                base.samplingIntervalNanos(),
                Optional.of(new MessageLoad(new LoadProfile.Steady(1), new ExponentialDuration(10 * MS), 1, warmUp)),
                Optional.empty());
        return new PlatformRun(loaded, new RandomStreams(6), new Engine(), PlatformRun.Keep.NOTHING).run().messages()
                .orElseThrow();
    }

    @Test
    void scenariosWithoutLoadHaveNoMessages() {
        PlatformScenario plain = scenario(10, 2, new CreationProcess.Burst(35 * S), LEAST_CONNECTIONS, new Ledger(), 1,
                ReadMode.CACHE, FailoverTrigger.GATEWAY_PHASE, List.of(), 200 * S);
        assertThat(new PlatformRun(plain, new RandomStreams(1), new Engine(), PlatformRun.Keep.NOTHING).run().messages())
                .isEmpty();
    }

    private static double meanUtilization(MessageOutcome messages, int gateway, long from, long to) {
        return messages.samples().stream().filter(s -> s.timeNanos() > from && s.timeNanos() <= to)
                .mapToDouble(s -> s.utilization()[gateway]).average().orElseThrow();
    }

}
