package dev.fleetcast.sim.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    private static final int N = 100_000;

    private static double[] draws(UniformRandomProvider random) {
        double[] values = new double[N];
        for (int i = 0; i < N; i++) {
            values[i] = random.nextDouble();
        }
        return values;
    }

    @Test
    void theSameSeedAndNameGiveTheSameSequence() {
        assertThat(draws(new RandomStreams(99).stream("device-17/pod-startup")))
                .isEqualTo(draws(new RandomStreams(99).stream("device-17/pod-startup")));
    }

    @Test
    void aStreamDoesNotDependOnWhichOtherStreamsWereCreatedFirst() {
        RandomStreams first = new RandomStreams(5);
        first.stream("arrivals").nextLong();
        first.stream("failures").nextLong();
        RandomStreams second = new RandomStreams(5);

        assertThat(first.stream("services").nextLong()).isEqualTo(second.stream("services").nextLong());
    }

    /**
     * Under independence the sample correlation of n pairs is about normal with standard
     * deviation 1/sqrt(n); the bound 4/sqrt(n) is crossed by chance with probability about
     * 6e-5 per pair. The seeds are fixed, so this either always passes or always fails.
     */
    @Test
    void streamsWithDifferentNamesOrReplicationsAreNotCorrelated() {
        double bound = 4 / Math.sqrt(N);
        RandomStreams replication0 = RandomStreams.forReplication(2026, 0);
        RandomStreams replication1 = RandomStreams.forReplication(2026, 1);
        PearsonsCorrelation pearson = new PearsonsCorrelation();

        double[] a = draws(replication0.stream("device-1/arrivals"));
        double[] b = draws(replication0.stream("device-2/arrivals"));
        double[] c = draws(replication1.stream("device-1/arrivals"));
        double[] lagged = new double[N];
        System.arraycopy(b, 1, lagged, 0, N - 1);
        lagged[N - 1] = b[0];

        assertThat(Math.abs(pearson.correlation(a, b))).isLessThan(bound);
        assertThat(Math.abs(pearson.correlation(a, c))).isLessThan(bound);
        assertThat(Math.abs(pearson.correlation(a, lagged))).isLessThan(bound);
    }

    @Test
    void replicationSeedsAreDistinctAndPure() {
        Set<Long> seeds = new HashSet<>();
        for (int replication = 0; replication < 10_000; replication++) {
            seeds.add(RandomStreams.replicationSeed(1, replication));
        }
        assertThat(seeds).hasSize(10_000);
        assertThat(RandomStreams.replicationSeed(1, 3)).isEqualTo(RandomStreams.replicationSeed(1, 3));
        assertThat(RandomStreams.replicationSeed(1, 3)).isNotEqualTo(RandomStreams.replicationSeed(2, 3));
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> RandomStreams.replicationSeed(1, -2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-2");
        assertThatThrownBy(() -> new RandomStreams(1).stream(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
    }
}
