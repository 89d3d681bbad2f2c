package dev.fleetcast.sim.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.sim.random.RandomStreams;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The kernel and the random streams against queueing theory: an M/M/1 queue's time-average
 * number in system is rho / (1 - rho).
 */
class MM1QueueTest {

    private static final double NANOS = 1e9;

    /** One replication: the time-average number in system over {@code horizonSeconds} after a warm-up. */
    private static double averageInSystem(double rho, long seed, double warmupSeconds, double horizonSeconds) {
        Engine engine = new Engine();
        RandomStreams streams = new RandomStreams(seed);
        ContinuousSampler interarrival = ZigguratSampler.Exponential.of(streams.stream("arrivals"), 1.0 / rho);
        ContinuousSampler service = ZigguratSampler.Exponential.of(streams.stream("services"), 1.0);
        long warmup = (long) (warmupSeconds * NANOS);
        long end = warmup + (long) (horizonSeconds * NANOS);
        double[] area = {0};
        long[] lastChange = {warmup};
        int[] inSystem = {0};
        Runnable[] depart = new Runnable[1];
        Runnable[] arrive = new Runnable[1];
        Runnable accumulate = () -> {
            long now = engine.now();
            if (now > warmup) {
                area[0] += inSystem[0] * (double) (now - Math.max(lastChange[0], warmup));
                lastChange[0] = now;
            }
        };
        depart[0] = () -> {
            accumulate.run();
            if (--inSystem[0] > 0) {
                engine.scheduleAfter((long) (service.sample() * NANOS), depart[0]);
            }
        };
        arrive[0] = () -> {
            accumulate.run();
            if (inSystem[0]++ == 0) {
                engine.scheduleAfter((long) (service.sample() * NANOS), depart[0]);
            }
            engine.scheduleAfter((long) (interarrival.sample() * NANOS), arrive[0]);
        };
        engine.scheduleAt(0, arrive[0]);
        engine.runUntil(end);
        accumulate.run();
        return area[0] / (end - warmup);
    }

    /**
     * Asserts that the mean over {@code replications} lies within 4 standard errors of the
     * closed form; under a correct model a t-statistic beyond 4 with 29+ degrees of freedom
     * has probability below 5e-4 (and the seeds are fixed, so the outcome never varies).
     */
    private static void assertMatchesTheory(double rho, int replications, double horizonSeconds) {
        SummaryStatistics averages = new SummaryStatistics();
        for (int r = 0; r < replications; r++) {
            averages.addValue(averageInSystem(rho, RandomStreams.replicationSeed(2026, r), 50 / (1 - rho),
                    horizonSeconds));
        }
        double expected = rho / (1 - rho);
        double standardError = averages.getStandardDeviation() / Math.sqrt(replications);
        assertThat(Math.abs(averages.getMean() - expected)).isLessThan(4 * standardError);
        // And the replications are precise enough for that to mean something: within 5%.
        assertThat(4 * standardError).isLessThan(0.05 * expected);
    }

    @Test
    void halfLoadedQueueHoldsOneCustomerOnAverage() {
        assertMatchesTheory(0.5, 30, 20_000);
    }

    @Test
    @Tag("slow")
    void nearlySaturatedQueueHoldsNineteenCustomersOnAverage() {
        // About 380 million events: the long relaxation time near saturation needs long runs.
        assertMatchesTheory(0.95, 100, 2_000_000);
    }
}
