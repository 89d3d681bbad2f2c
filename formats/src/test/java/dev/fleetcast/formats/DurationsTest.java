package dev.fleetcast.formats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void usesTheLargestExactUnit() {
        assertThat(Durations.format(0)).isEqualTo("0s");
        assertThat(Durations.format(30_000_000_000L)).isEqualTo("30s");
        assertThat(Durations.format(90_000_000_000L)).isEqualTo("90s");
        assertThat(Durations.format(120_000_000_000L)).isEqualTo("2m");
        assertThat(Durations.format(7_200_000_000_000L)).isEqualTo("2h");
        assertThat(Durations.format(250_000_000L)).isEqualTo("250ms");
        assertThat(Durations.format(1_500_000_000L)).isEqualTo("1500ms");
        assertThat(Durations.format(1_001L)).isEqualTo("1001ns");
        assertThat(Durations.format(-2_000_000_000L)).isEqualTo("-2s");
    }
}
