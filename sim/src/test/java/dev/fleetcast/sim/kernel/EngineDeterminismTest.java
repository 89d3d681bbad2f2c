package dev.fleetcast.sim.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.sim.random.RandomStreams;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class EngineDeterminismTest {

    /**
     * A small stochastic model (a single server with random arrivals, services and
     * cancelled patience timers) whose whole event sequence is folded into a hash.
     */
    private static long traceHash(long seed, boolean randomTies) {
        Engine engine = randomTies ? Engine.withRandomTieOrder(seed) : new Engine();
        RandomStreams streams = new RandomStreams(seed);
        UniformRandomProvider arrivals = streams.stream("arrivals");
        UniformRandomProvider services = streams.stream("services");
        long[] hash = {17};
        int[] queue = {0};
        Runnable[] arrive = new Runnable[1];
        Runnable[] depart = new Runnable[1];
        depart[0] = () -> {
            queue[0]--;
            hash[0] = hash[0] * 31 + engine.now();
            if (queue[0] > 0) {
                engine.scheduleAfter(1 + services.nextLong(900), depart[0]);
            }
        };
        arrive[0] = () -> {
            hash[0] = hash[0] * 31 + engine.now() * 7 + queue[0];
            long patience = engine.scheduleAfter(500, () -> hash[0] ^= engine.now());
            if (arrivals.nextBoolean()) {
                engine.cancel(patience);
            }
            if (queue[0]++ == 0) {
                engine.scheduleAfter(1 + services.nextLong(900), depart[0]);
            }
            engine.scheduleAfter(1 + arrivals.nextLong(1_000), arrive[0]);
        };
        engine.scheduleAt(0, arrive[0]);
        engine.runUntil(5_000_000);
        return hash[0] * 31 + engine.eventsProcessed();
    }

    @Test
    void theSameSeedGivesTheSameEventSequence() {
        assertThat(traceHash(3, false)).isEqualTo(traceHash(3, false));
        assertThat(traceHash(3, true)).isEqualTo(traceHash(3, true));
        assertThat(traceHash(4, false)).isNotEqualTo(traceHash(3, false));
    }

    @Test
    void enginesInParallelThreadsGiveWhatTheyGiveAlone() throws Exception {
        List<Long> alone = IntStream.range(0, 8).mapToObj(seed -> traceHash(seed, false)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> futures = IntStream.range(0, 8)
                    .mapToObj(seed -> pool.submit(() -> traceHash(seed, false)))
                    .toList();
            for (int seed = 0; seed < 8; seed++) {
                assertThat(futures.get(seed).get()).isEqualTo(alone.get(seed));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
