package dev.fleetcast.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/** Creation processes as waves, checked against schedules worked out by hand. */
class CreationWavesTest {

    private static final long S = 1_000_000_000L;

    private static UniformRandomProvider random(long seed) {
        SplittableRandom source = new SplittableRandom(seed);
        return source::nextLong;
    }

    private static List<CreationWave> all(CreationProcess creation, int devices, long duration) {
        CreationWaves waves = new CreationWaves(creation, devices, duration, random(1));
        List<CreationWave> out = new ArrayList<>();
        waves.forEachRemaining(out::add);
        return out;
    }

    @Test
    void aBurstIsOneWaveOfEveryDeviceUnlessItComesAfterTheEnd() {
        assertThat(all(new CreationProcess.Burst(5 * S), 4, 60 * S)).containsExactly(new CreationWave(5 * S, 1, 4));
        assertThat(all(new CreationProcess.Burst(61 * S), 4, 60 * S)).isEmpty();
    }

    @Test
    void steadyCreationIsOneDevicePerIntervalCutAtTheDuration() {
        assertThat(all(new CreationProcess.Steady(35 * S, S), 3, 60 * S)).containsExactly(
                new CreationWave(35 * S, 1, 1), new CreationWave(36 * S, 2, 2), new CreationWave(37 * S, 3, 3));
        // start 58 s, every second, duration 60 s: 58, 59, 60 — the fourth (61 s) never happens
        assertThat(all(new CreationProcess.Steady(58 * S, S), 10, 60 * S)).extracting(CreationWave::first)
                .containsExactly(1, 2, 3);
    }

    @Test
    void burstsCarryTheirSizeAndTheLastOneIsWhatIsLeft() {
        assertThat(all(new CreationProcess.Bursts(0, 4, 10 * S), 10, 60 * S)).containsExactly(
                new CreationWave(0, 1, 4), new CreationWave(10 * S, 5, 8), new CreationWave(20 * S, 9, 10));
    }

    @Test
    void aRecordingIsReplayedDeviceByDeviceUpToTheDuration() {
        assertThat(all(new CreationProcess.Recorded(List.of(S, S, 3 * S, 70 * S)), 4, 60 * S)).containsExactly(
                new CreationWave(S, 1, 1), new CreationWave(S, 2, 2), new CreationWave(3 * S, 3, 3));
    }

    @Test
    void poissonGapsAreExponentialAndTheSameForTheSameStream() {
        CreationProcess poisson = new CreationProcess.Poisson(2 * S, 0.5 * S);
        List<CreationWave> a = all(poisson, 200, 10_000 * S);
        assertThat(a).hasSize(200).first().isEqualTo(new CreationWave(2 * S, 1, 1));
        assertThat(all(poisson, 200, 10_000 * S)).isEqualTo(a);
        // mean of 199 exponential gaps of mean 0.5 s: sd 0.5/sqrt(199) = 0.035 s; 5 sd either side
        // (a false failure about once in 1.7 million seeds)
        double meanGap = (a.get(199).atNanos() - a.get(0).atNanos()) / 199.0 / S;
        assertThat(meanGap).isBetween(0.5 - 5 * 0.035, 0.5 + 5 * 0.035);
    }

    @Test
    void askingPastTheEndIsRefused() {
        CreationWaves waves = new CreationWaves(new CreationProcess.Burst(0), 1, S, random(1));
        waves.next();
        assertThatThrownBy(waves::next).isInstanceOf(NoSuchElementException.class);
    }
}
