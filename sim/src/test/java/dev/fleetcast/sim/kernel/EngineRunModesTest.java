package dev.fleetcast.sim.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineRunModesTest {

    @Test
    void runUntilATimeRunsEventsUpToAndIncludingItThenAdvancesTheClock() {
        Engine engine = new Engine();
        List<Long> times = new ArrayList<>();
        for (long t : new long[] {10, 20, 30, 40}) {
            engine.scheduleAt(t, () -> times.add(engine.now()));
        }

        long ran = engine.runUntil(30);

        assertThat(ran).isEqualTo(3);
        assertThat(times).containsExactly(10L, 20L, 30L);
        assertThat(engine.now()).isEqualTo(30);
        assertThat(engine.pending()).isEqualTo(1);

        assertThat(engine.runUntil(35)).isZero();
        assertThat(engine.now()).isEqualTo(35);
    }

    @Test
    void runUntilAConditionChecksBeforeTheFirstEventAndAfterEveryEvent() {
        Engine engine = new Engine();
        int[] count = {0};
        for (int i = 1; i <= 10; i++) {
            engine.scheduleAt(i, () -> count[0]++);
        }

        assertThat(engine.runUntil(() -> count[0] >= 4)).isEqualTo(4);
        assertThat(engine.now()).isEqualTo(4);
        assertThat(engine.runUntil(() -> true)).isZero();
        assertThat(engine.runUntil(() -> false)).isEqualTo(6);
        assertThat(engine.pending()).isZero();
    }

    @Test
    void stepRunsExactlyOneEvent() {
        Engine engine = new Engine();
        engine.scheduleAt(1, () -> { });
        engine.scheduleAt(2, () -> { });

        assertThat(engine.step()).isTrue();
        assertThat(engine.now()).isEqualTo(1);
        assertThat(engine.step()).isTrue();
        assertThat(engine.step()).isFalse();
        assertThat(engine.eventsProcessed()).isEqualTo(2);
    }

    @Test
    void stopEndsTheLoopAfterTheCurrentEventAndRefusesNewEvents() {
        Engine engine = new Engine();
        List<Long> times = new ArrayList<>();
        engine.scheduleAt(1, () -> times.add(engine.now()));
        engine.scheduleAt(2, () -> {
            times.add(engine.now());
            engine.stop();
        });
        engine.scheduleAt(3, () -> times.add(engine.now()));

        assertThat(engine.run()).isEqualTo(2);
        assertThat(times).containsExactly(1L, 2L);
        assertThat(engine.isStopped()).isTrue();
        assertThat(engine.run()).isZero();
        assertThat(engine.step()).isFalse();
        assertThat(engine.runUntil(100)).isZero();
        assertThat(engine.now()).as("a stopped engine's clock stays where it stopped").isEqualTo(2);
        assertThatThrownBy(() -> engine.scheduleAfter(5, () -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stopped")
                .hasMessageContaining("7 ns");
    }

    @Test
    void anEventThatThrowsAbortsTheRunNamingTimeAndEvent() {
        Engine engine = new Engine();
        engine.scheduleAt(1_000_000_000L, () -> { });
        engine.scheduleAt(2_500_000_000L, () -> {
            throw new IllegalStateException("gateway-3 has no replicas");
        });

        assertThatThrownBy(engine::run)
                .isInstanceOf(EventFailedException.class)
                .hasMessageContaining("event #2")
                .hasMessageContaining("t=2.5 s (2500000000 ns)")
                .hasMessageContaining("gateway-3 has no replicas")
                .hasCauseInstanceOf(IllegalStateException.class)
                .satisfies(e -> {
                    EventFailedException failure = (EventFailedException) e;
                    assertThat(failure.timeNanos()).isEqualTo(2_500_000_000L);
                    assertThat(failure.eventNumber()).isEqualTo(2);
                });
    }
}
