package dev.fleetcast.sim.kernel;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EngineArgumentsTest {

    private final Engine engine = new Engine();

    @Test
    void aTimeInThePastIsRefusedNamingBothTimes() {
        engine.runUntil(2_000_000_000L);

        assertThatThrownBy(() -> engine.scheduleAt(1_500_000_000L, () -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("in the past")
                .hasMessageContaining("1.5 s (1500000000 ns)")
                .hasMessageContaining("2 s (2000000000 ns)");
    }

    @Test
    void aNegativeDelayIsRefusedNamingIt() {
        assertThatThrownBy(() -> engine.scheduleAfter(-5, () -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-5 ns");
        assertThatThrownBy(() -> engine.schedule(-7, () -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-7 ns");
    }

    @Test
    void aDelayThatOverflowsTheTimeLineIsRefusedNamingIt() {
        engine.runUntil(10);

        assertThatThrownBy(() -> engine.scheduleAfter(Long.MAX_VALUE - 5, () -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Long.toString(Long.MAX_VALUE - 5))
                .hasMessageContaining("overflows");
    }

    @Test
    void runningUntilATimeInThePastIsRefused() {
        engine.runUntil(100);

        assertThatThrownBy(() -> engine.runUntil(99))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("99 ns");
    }

    @Test
    void aMissingActionIsRefused() {
        assertThatThrownBy(() -> engine.scheduleAt(1, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("action");
    }
}
