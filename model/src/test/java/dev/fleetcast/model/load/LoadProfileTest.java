package dev.fleetcast.model.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class LoadProfileTest {

    private static final long S = 1_000_000_000L;

    @Test
    void eachProfileGivesItsRateAtHandPickedTimes() {
        assertThat(new LoadProfile.Steady(0.2).ratePerSecond(123 * S)).isEqualTo(0.2);

        LoadProfile step = new LoadProfile.Step(0.1, 0.5, 60 * S);
        assertThat(step.ratePerSecond(60 * S - 1)).isEqualTo(0.1);
        assertThat(step.ratePerSecond(60 * S)).isEqualTo(0.5);

        LoadProfile ramp = new LoadProfile.Ramp(0.1, 1.1, 100 * S, 200 * S);
        assertThat(ramp.ratePerSecond(0)).isEqualTo(0.1);
        assertThat(ramp.ratePerSecond(150 * S)).isCloseTo(0.6, offset(1e-12));
        assertThat(ramp.ratePerSecond(175 * S)).isCloseTo(0.85, offset(1e-12));
        assertThat(ramp.ratePerSecond(500 * S)).isEqualTo(1.1);

        // peak at 14:00 of a 24 h day; mean 1, amplitude 0.5: 1.5 at the peak, 0.5 twelve hours later,
        // 1.0 six hours either side
        LoadProfile diurnal = new LoadProfile.Diurnal(1, 0.5, 24 * 3600 * S, 14 * 3600 * S);
        assertThat(diurnal.ratePerSecond(14 * 3600 * S)).isCloseTo(1.5, offset(1e-12));
        assertThat(diurnal.ratePerSecond(2 * 3600 * S)).isCloseTo(0.5, offset(1e-12));
        assertThat(diurnal.ratePerSecond(8 * 3600 * S)).isCloseTo(1.0, offset(1e-12));
        assertThat(diurnal.ratePerSecond(38 * 3600 * S)).isCloseTo(1.5, offset(1e-12));

        LoadProfile spike = new LoadProfile.Spike(0.1, 2, 300 * S, 60 * S);
        assertThat(spike.ratePerSecond(299 * S)).isEqualTo(0.1);
        assertThat(spike.ratePerSecond(300 * S)).isEqualTo(2);
        assertThat(spike.ratePerSecond(360 * S - 1)).isEqualTo(2);
        assertThat(spike.ratePerSecond(360 * S)).isEqualTo(0.1);
    }

    @Test
    void theBoundIsNeverBelowTheRate() {
        LoadProfile[] profiles = {new LoadProfile.Steady(0.3), new LoadProfile.Step(1, 0.2, 10 * S),
            new LoadProfile.Ramp(0.1, 3, 0, 600 * S), new LoadProfile.Diurnal(2, 2, 3600 * S, 0),
            new LoadProfile.Spike(0.5, 4, 100 * S, 10 * S)};
        for (LoadProfile profile : profiles) {
            for (long t = 0; t <= 7200 * S; t += 7 * S) {
                assertThat(profile.ratePerSecond(t)).as(profile + " at " + t).isBetween(0.0, profile.maxRatePerSecond());
            }
        }
    }

    @Test
    void impossibleProfilesAreRefusedByName() {
        assertThatThrownBy(() -> new LoadProfile.Steady(-1)).hasMessageContaining("steady: rate");
        assertThatThrownBy(() -> new LoadProfile.Ramp(0, 1, 10 * S, 10 * S)).hasMessageContaining("ramp: end");
        assertThatThrownBy(() -> new LoadProfile.Diurnal(1, 2, S, 0)).hasMessageContaining("amplitude");
        assertThatThrownBy(() -> new LoadProfile.Spike(1, 2, 0, 0)).hasMessageContaining("spike: duration");
    }
}
