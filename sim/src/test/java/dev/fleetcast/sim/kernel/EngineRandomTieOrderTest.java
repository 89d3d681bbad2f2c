package dev.fleetcast.sim.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EngineRandomTieOrderTest {

    /** Schedules 50 events at each of three times and returns the ids in the order they ran. */
    private static List<Integer> runOrder(Engine engine) {
        List<Integer> order = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            int id = i;
            engine.scheduleAt(100 * (3 - i % 3), () -> {
                order.add(id);
                times.add(engine.now());
            });
        }
        engine.run();
        assertThat(times).as("different times still run in time order").isSorted();
        return order;
    }

    @Test
    void theSameSeedGivesTheSameOrder() {
        assertThat(runOrder(Engine.withRandomTieOrder(11))).isEqualTo(runOrder(Engine.withRandomTieOrder(11)));
    }

    @Test
    void sameTimeEventsAreShuffledAndEveryOneRunsOnce() {
        List<Integer> fifo = runOrder(new Engine());
        List<Integer> shuffled = runOrder(Engine.withRandomTieOrder(11));
        List<Integer> otherSeed = runOrder(Engine.withRandomTieOrder(12));

        assertThat(shuffled).containsExactlyInAnyOrderElementsOf(fifo).doesNotHaveDuplicates();
        // 50 tied events each at three times: the chance that a shuffle reproduces a given
        // order is (1/50!)^3, so these inequalities fail only if the shuffle is broken.
        assertThat(shuffled).isNotEqualTo(fifo);
        assertThat(otherSeed).isNotEqualTo(shuffled);
    }

    /**
     * The purpose of the mode: a model whose result depends on the order of same-time
     * events gives one answer in FIFO mode and varying answers across tie seeds.
     */
    @Test
    void exposesAModelThatDependsOnSameTimeOrder() {
        List<String> outcomes = new ArrayList<>();
        for (long seed : IntStream.range(0, 20).asLongStream().toArray()) {
            Engine engine = Engine.withRandomTieOrder(seed);
            StringBuilder lastWriter = new StringBuilder();
            // Two controllers write the same status at the same instant; the last wins.
            engine.scheduleAt(5, () -> lastWriter.replace(0, lastWriter.length(), "controller-a"));
            engine.scheduleAt(5, () -> lastWriter.replace(0, lastWriter.length(), "controller-b"));
            engine.run();
            outcomes.add(lastWriter.toString());
        }

        // Each seed picks either writer with probability 1/2; both appear in 20 seeds
        // unless the shuffle is broken (chance 2 * 2^-20 for a fair shuffle).
        assertThat(outcomes).contains("controller-a", "controller-b");
    }
}
