package dev.fleetcast.sim.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EngineOrderingTest {

    @Test
    void eventsRunInTimeOrderAndTheClockFollowsThem() {
        Engine engine = new Engine();
        SplittableRandom random = new SplittableRandom(7);
        List<Long> seen = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            engine.scheduleAt(random.nextLong(1_000_000), () -> seen.add(engine.now()));
        }

        long ran = engine.run();

        assertThat(ran).isEqualTo(10_000);
        assertThat(engine.eventsProcessed()).isEqualTo(10_000);
        assertThat(engine.pending()).isZero();
        assertThat(seen).hasSize(10_000).isSorted();
    }

    @Test
    void eventsAtEqualTimesRunInSchedulingOrder() {
        Engine engine = new Engine();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            int id = i;
            // Interleave two times so the heap really has to keep the ties apart.
            engine.scheduleAt(i % 2 == 0 ? 5 : 3, () -> order.add(id));
        }

        engine.run();

        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i < 1_000; i += 2) {
            expected.add(i);
        }
        for (int i = 0; i < 1_000; i += 2) {
            expected.add(i);
        }
        assertThat(order).isEqualTo(expected);
    }

    @Test
    void anEventScheduledForNowRunsAfterThoseAlreadyWaitingForNow() {
        Engine engine = new Engine();
        List<String> order = new ArrayList<>();
        engine.scheduleAt(10, () -> {
            order.add("a");
            engine.scheduleAfter(0, () -> order.add("c"));
        });
        engine.scheduleAt(10, () -> order.add("b"));

        engine.run();

        assertThat(order).containsExactly("a", "b", "c");
    }

    @Test
    void scheduleAfterCountsFromNow() {
        Engine engine = new Engine();
        List<Long> times = new ArrayList<>();
        engine.scheduleAt(100, () -> engine.scheduleAfter(50, () -> times.add(engine.now())));

        engine.run();

        assertThat(times).containsExactly(150L);
    }

    @Test
    void theLastNanosecondOfTheTimeLineIsUsable() {
        Engine engine = new Engine();
        List<Long> times = new ArrayList<>();
        engine.scheduleAt(Long.MAX_VALUE, () -> times.add(engine.now()));

        engine.run();

        assertThat(times).containsExactly(Long.MAX_VALUE);
    }
}
