package dev.fleetcast.experiments.queueing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.experiments.stats.ConfidenceInterval;
import dev.fleetcast.model.distribution.ExponentialDuration;
import dev.fleetcast.model.load.LoadProfile;
import dev.fleetcast.model.queueing.ErlangC;
import dev.fleetcast.sim.gateway.MessageQueue;
import dev.fleetcast.sim.kernel.Engine;
import dev.fleetcast.sim.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * The simulated gateway queue against queueing theory: with Poisson arrivals and exponential
 * service it is an M/M/c queue, whose steady-state mean wait Erlang C gives exactly.
 */
class MessageQueueTest {

    private static final long S = 1_000_000_000L;
    private static final long WARM_UP = 100 * S;
    private static final long END = 2_100 * S;

    /** Mean wait and utilization of one replication, after deleting the warm-up. */
    private record Replication(double meanWaitSeconds, double utilization, long arrivals) {
    }

    private static Replication replicate(long seed, LoadProfile profile, int devices, int servers, long meanServiceNanos) {
        Engine engine = new Engine();
        RandomStreams streams = new RandomStreams(seed);
        double[] waitSum = {0};
        long[] waits = {0};
        MessageQueue queue = new MessageQueue(engine, servers, new ExponentialDuration(meanServiceNanos), profile,
                streams.stream("arrivals"), streams.stream("service"), (arrived, started, finished) -> {
                    if (arrived >= WARM_UP) {
                        waitSum[0] += (started - arrived) / 1e9;
                        waits[0]++;
                    }
                });
        queue.setSources(devices);
        engine.runUntil(WARM_UP);
        long busyAtWarmUp = queue.busyNanos();
        long arrivedAtWarmUp = queue.arrived();
        engine.runUntil(END);
        double utilization = (queue.busyNanos() - busyAtWarmUp) / ((double) servers * (END - WARM_UP));
        return new Replication(waitSum[0] / waits[0], utilization, queue.arrived() - arrivedAtWarmUp);
    }

    /**
     * 100 devices at 0.2 messages/s (λ = 20/s), 3 workers at 100 ms mean service (μ = 10/s):
     * Erlang C gives W_q = 4/90 s = 44.4 ms and utilization 2/3. 20 replications of 2,000 s
     * after 100 s of warm-up (about 40,000 messages each; the queue forgets its empty start in
     * seconds at this load). The 99.9% t-interval over replications must contain the closed
     * form: with a fixed seed this is deterministic, and for an arbitrary seed it would fail
     * by chance one time in a thousand.
     */
    @Test
    void anMMcQueueWaitsAsErlangCSays() {
        ErlangC theory = new ErlangC(20, 10, 3);
        int n = 20;
        double[] waits = new double[n];
        double[] utilizations = new double[n];
        for (int r = 0; r < n; r++) {
            Replication replication = replicate(RandomStreams.replicationSeed(11, r), new LoadProfile.Steady(0.2), 100,
                    3, 100_000_000L);
            waits[r] = replication.meanWaitSeconds();
            utilizations[r] = replication.utilization();
        }
        ConfidenceInterval wait = ConfidenceInterval.of(waits, 0.999);
        ConfidenceInterval utilization = ConfidenceInterval.of(utilizations, 0.999);

        assertThat(theory.meanWaitSeconds()).isBetween(wait.lower(), wait.upper());
        assertThat(theory.utilization()).isBetween(utilization.lower(), utilization.upper());
        // and the interval is tight enough to mean something: within 10% of the closed form
        assertThat(wait.halfWidth()).isLessThan(0.1 * theory.meanWaitSeconds());
    }

    /**
     * A spike multiplies arrivals for its duration only: thinning must follow the profile.
     * 50 devices, 0.1/s with a 10× spike for 500 of the 2,000 measured seconds: expected
     * 50 × (0.1 × 1500 + 1.0 × 500) = 32,500 arrivals; the Poisson count's standard deviation
     * is √32,500 ≈ 180, and 5 of them (900) is exceeded by chance with probability below 1e-6.
     */
    @Test
    void arrivalsFollowTheLoadProfile() {
        LoadProfile spike = new LoadProfile.Spike(0.1, 1.0, 600 * S, 500 * S);
        Replication replication = replicate(5, spike, 50, 8, 10_000_000L);
        assertThat((double) replication.arrivals()).isCloseTo(32_500, org.assertj.core.api.Assertions.offset(900.0));
    }
}
