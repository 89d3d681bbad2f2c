package dev.fleetcast.experiments.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fleetcast.sim.random.RandomStreams;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReplicationRunnerTest {

    /** A task whose result depends only on its seed, and which finishes in scrambled order. */
    private static long work(int replication, long seed) {
        long x = seed;
        for (int i = 0; i < 10_000 * (1 + (replication * 7) % 5); i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        return x;
    }

    @Test
    void resultsComeInReplicationOrderWhateverTheThreadCount() {
        List<ReplicationResult<Long>> one = new ReplicationRunner(1).run(5, 12, ReplicationRunnerTest::work,
                ReplicationRunner.Progress.SILENT);
        List<ReplicationResult<Long>> four = new ReplicationRunner(4).run(5, 12, ReplicationRunnerTest::work,
                ReplicationRunner.Progress.SILENT);

        assertThat(four).isEqualTo(one);
        for (int r = 0; r < 12; r++) {
            assertThat(one.get(r).replication()).isEqualTo(r);
            assertThat(one.get(r).seed()).isEqualTo(RandomStreams.replicationSeed(5, r));
        }
    }

    @Test
    void aFailingReplicationIsRecordedAndTheOthersGoOn() {
        AtomicInteger reported = new AtomicInteger();
        List<ReplicationResult<Long>> results = new ReplicationRunner(2).run(1, 4, (replication, seed) -> {
            if (replication == 2) {
                throw new IllegalStateException("gateway-9 does not exist");
            }
            return seed;
        }, (done, total) -> reported.incrementAndGet());

        assertThat(results).hasSize(4);
        assertThat(results.get(2)).isInstanceOf(ReplicationResult.Failed.class);
        assertThat(((ReplicationResult.Failed<Long>) results.get(2)).message())
                .contains("replication 2", "gateway-9 does not exist");
        assertThat(results).filteredOn(r -> r instanceof ReplicationResult.Succeeded).hasSize(3);
        assertThat(reported.get()).isEqualTo(4);
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatThrownBy(() -> new ReplicationRunner(0)).hasMessageContaining("0");
        assertThatThrownBy(() -> new ReplicationRunner(1).run(1, 0, (r, s) -> s, ReplicationRunner.Progress.SILENT))
                .hasMessageContaining("replications must be at least 1, was 0");
    }
}
