package dev.fleetcast.bench.kernel;

import java.util.Comparator;
import java.util.PriorityQueue;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * The hold model on {@code java.util.PriorityQueue}: event objects ordered by time, then by
 * a {@code long} sequence for FIFO ties, each carrying the action to run.
 */
final class PriorityQueueHold implements HoldModel {

    /** One pending event. */
    private record Event(long time, long sequence, Runnable action) {
    }

    private static final Comparator<Event> ORDER =
            Comparator.comparingLong(Event::time).thenComparingLong(Event::sequence);

    private PriorityQueue<Event> queue;
    private ContinuousSampler increments;
    private long sequence;
    private long now;
    private Runnable event;

    @Override
    public void fill(int pending, long seed) {
        queue = new PriorityQueue<>(pending + 1, ORDER);
        increments = Increments.exponential(seed);
        event = () -> queue.add(new Event(now + Increments.nanos(increments.sample()), sequence++, event));
        for (int i = 0; i < pending; i++) {
            queue.add(new Event(Increments.nanos(increments.sample()), sequence++, event));
        }
    }

    @Override
    public double hold() {
        Event next = queue.poll();
        now = next.time();
        next.action().run();
        return now / 1e6;
    }
}
