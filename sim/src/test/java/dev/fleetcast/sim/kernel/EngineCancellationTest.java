package dev.fleetcast.sim.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.model.time.Cancellable;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EngineCancellationTest {

    @Test
    void aCancelledEventDoesNotRunAndCancellingTwiceSaysSo() {
        Engine engine = new Engine();
        List<String> ran = new ArrayList<>();
        long keep = engine.scheduleAt(5, () -> ran.add("keep"));
        long drop = engine.scheduleAt(3, () -> ran.add("drop"));

        assertThat(engine.cancel(drop)).isTrue();
        assertThat(engine.cancel(drop)).isFalse();
        assertThat(engine.pending()).isEqualTo(1);
        engine.run();

        assertThat(ran).containsExactly("keep");
        assertThat(engine.cancel(keep)).as("an event that already ran").isFalse();
    }

    @Test
    void aStaleTokenNeverCancelsTheEventThatReusedItsSlot() {
        Engine engine = new Engine();
        List<String> ran = new ArrayList<>();
        long first = engine.scheduleAt(1, () -> ran.add("first"));
        engine.cancel(first);
        engine.scheduleAt(2, () -> ran.add("second")); // reuses the freed slot

        assertThat(engine.cancel(first)).isFalse();
        engine.run();

        assertThat(ran).containsExactly("second");
    }

    @Test
    void theSchedulingPortCancelsToo() {
        Engine engine = new Engine();
        List<String> ran = new ArrayList<>();
        Cancellable timeout = engine.schedule(90, () -> ran.add("timeout"));
        engine.schedule(10, () -> ran.add("heartbeat"));

        engine.runUntil(50);
        assertThat(timeout.cancel()).isTrue();
        engine.run();

        assertThat(ran).containsExactly("heartbeat");
        assertThat(timeout.cancel()).isFalse();
    }

    @Test
    void tokensFromAnotherEngineOrInventedOnesCancelNothing() {
        Engine engine = new Engine();
        engine.scheduleAt(1, () -> { });

        assertThat(engine.cancel(-1L)).isFalse();
        assertThat(engine.cancel(12345L)).isFalse();
        assertThat(engine.cancel(1L << 40)).isFalse();
        assertThat(engine.pending()).isEqualTo(1);
    }

    /**
     * Random adds, cancels and pops against a reference queue: the heap must pop exactly
     * what a PriorityQueue ordered by (time, sequence) pops, through thousands of removals
     * from the middle of the heap.
     */
    @Test
    void randomAddsCancelsAndPopsMatchAReferenceQueue() {
        Engine engine = new Engine();
        PriorityQueue<long[]> reference = new PriorityQueue<>((a, b) ->
                a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        List<long[]> live = new ArrayList<>(); // {time, id, token}
        List<Long> poppedIds = new ArrayList<>();
        List<Long> expectedIds = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(42);
        long nextId = 0;

        for (int op = 0; op < 200_000; op++) {
            int choice = random.nextInt(10);
            if (choice < 5 || live.isEmpty()) {
                long time = engine.now() + random.nextLong(50); // many ties
                long id = nextId++;
                long token = engine.scheduleAt(time, () -> poppedIds.add(id));
                long[] entry = {time, id, token};
                live.add(entry);
                reference.add(entry);
            } else if (choice < 7) {
                long[] victim = live.remove(random.nextInt(live.size()));
                assertThat(engine.cancel(victim[2])).isTrue();
                reference.remove(victim);
            } else {
                long[] expected = reference.poll();
                expectedIds.add(expected[1]);
                live.remove(expected);
                assertThat(engine.step()).isTrue();
                assertThat(engine.now()).isEqualTo(expected[0]);
            }
            assertThat(engine.pending()).isEqualTo(reference.size());
        }

        assertThat(poppedIds).isEqualTo(expectedIds);
    }

    /**
     * The same against the reference, but advancing with runUntil to random horizons, so
     * that events are often scheduled before a minimum the queue has already looked at, and
     * with times spread over many orders of magnitude.
     */
    @Test
    void horizonsAndWideTimeSpreadsMatchAReferenceQueue() {
        Engine engine = new Engine();
        PriorityQueue<long[]> reference = new PriorityQueue<>((a, b) ->
                a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        List<long[]> live = new ArrayList<>();
        List<Long> poppedIds = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(7);
        long nextId = 0;
        for (int op = 0; op < 100_000; op++) {
            int choice = random.nextInt(10);
            if (choice < 6) {
                long spread = 1L << random.nextInt(40);
                long time = engine.now() + random.nextLong(spread);
                long id = nextId++;
                long[] entry = {time, id, engine.scheduleAt(time, () -> poppedIds.add(id))};
                live.add(entry);
                reference.add(entry);
            } else if (choice < 7 && !live.isEmpty()) {
                long[] victim = live.remove(random.nextInt(live.size()));
                assertThat(engine.cancel(victim[2])).isTrue();
                reference.remove(victim);
            } else {
                long horizon = engine.now() + random.nextLong(1L << random.nextInt(40));
                List<Long> expected = new ArrayList<>();
                while (!reference.isEmpty() && reference.peek()[0] <= horizon) {
                    long[] next = reference.poll();
                    live.remove(next);
                    expected.add(next[1]);
                }
                poppedIds.clear();
                engine.runUntil(horizon);
                assertThat(poppedIds).isEqualTo(expected);
                assertThat(engine.now()).isEqualTo(horizon);
            }
            assertThat(engine.pending()).isEqualTo(reference.size());
        }
    }
}
