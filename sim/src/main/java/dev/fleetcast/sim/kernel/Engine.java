package dev.fleetcast.sim.kernel;

import dev.fleetcast.model.time.Cancellable;
import dev.fleetcast.model.time.Scheduler;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The discrete-event engine of one replication: virtual time, a queue of pending events,
 * and a loop that runs them in order.
 *
 * <p>Contract:
 * <ul>
 *   <li>Time is a {@code long} of nanoseconds from zero, the start of the run. It never
 *       decreases; it jumps to each event's time as the event runs.</li>
 *   <li>Events run in order of time. Events at equal times run in the order they were
 *       scheduled (a {@code long} sequence number, which never wraps) — or, for an engine
 *       made by {@link #withRandomTieOrder(long)}, in an order shuffled by a seed, to expose
 *       models that silently depend on the order of same-time events.</li>
 *   <li>An event is a {@link Runnable}; scheduling returns a {@code long} token that cancels
 *       it in O(1) without allocating.</li>
 *   <li>{@link #stop()} is final: the running loop returns after the current event, and
 *       the engine then refuses new events.</li>
 *   <li>An exception thrown by an event aborts the run with an {@link EventFailedException}
 *       naming the simulated time, the event's number and its action.</li>
 * </ul>
 *
 * <p>Not thread-safe: one engine belongs to one thread. Engines share no state, so many run
 * in parallel threads of one JVM (one per replication).
 */
public final class Engine implements Scheduler {

    private final RadixEventQueue queue = new RadixEventQueue();
    /** Shuffles same-time events; {@code null} for first-scheduled-first-run order. */
    private final UniformRandomProvider tieShuffle;
    private long nextSequence;
    private long now;
    private long eventsProcessed;
    private boolean stopped;

    /** An engine at time zero whose same-time events run in scheduling order. */
    public Engine() {
        this(null);
    }

    private Engine(UniformRandomProvider tieShuffle) {
        this.tieShuffle = tieShuffle;
    }

    /**
     * An engine whose same-time events run in an order drawn from {@code seed} (a test
     * mode). Events at different times still run in time order, and one seed always gives
     * one order.
     */
    public static Engine withRandomTieOrder(long seed) {
        return new Engine(RandomSource.SPLIT_MIX_64.create(seed));
    }

    @Override
    public long now() {
        return now;
    }

    /** The number of events run so far, over all calls of the run methods. */
    public long eventsProcessed() {
        return eventsProcessed;
    }

    /** The number of events scheduled and not yet run or cancelled. */
    public int pending() {
        return queue.size();
    }

    /** Whether {@link #stop()} has been called. */
    public boolean isStopped() {
        return stopped;
    }

    /**
     * Schedules {@code action} at the absolute time {@code timeNanos}.
     *
     * @return a token for {@link #cancel(long)}
     * @throws IllegalArgumentException if {@code timeNanos} is before {@link #now()}
     * @throws IllegalStateException if the engine is stopped
     */
    public long scheduleAt(long timeNanos, Runnable action) {
        Objects.requireNonNull(action, "action");
        if (stopped) {
            throw new IllegalStateException("cannot schedule an event at t=" + SimTime.describe(timeNanos)
                    + ": the engine is stopped (at t=" + SimTime.describe(now) + ")");
        }
        if (timeNanos < now) {
            throw new IllegalArgumentException("cannot schedule an event in the past: t="
                    + SimTime.describe(timeNanos) + " is before now, t=" + SimTime.describe(now));
        }
        long tie = tieShuffle == null ? nextSequence++ : tieShuffle.nextLong();
        return queue.add(timeNanos, tie, action);
    }

    /**
     * Schedules {@code action} {@code delayNanos} after {@link #now()}.
     *
     * @return a token for {@link #cancel(long)}
     * @throws IllegalArgumentException if the delay is negative or now + delay overflows
     * @throws IllegalStateException if the engine is stopped
     */
    public long scheduleAfter(long delayNanos, Runnable action) {
        if (delayNanos < 0) {
            throw new IllegalArgumentException("delay must be zero or positive, was " + delayNanos + " ns");
        }
        if (delayNanos > Long.MAX_VALUE - now) {
            throw new IllegalArgumentException("delay of " + delayNanos + " ns from now, t=" + SimTime.describe(now)
                    + ", overflows the time line (which ends at " + Long.MAX_VALUE + " ns)");
        }
        return scheduleAt(now + delayNanos, action);
    }

    /** The scheduling port: {@link #scheduleAfter(long, Runnable)} behind a handle. */
    @Override
    public Cancellable schedule(long delayNanos, Runnable action) {
        long token = scheduleAfter(delayNanos, action);
        return () -> cancel(token);
    }

    /**
     * Cancels a pending event.
     *
     * @return {@code true} if the event was pending and now will not run; {@code false} if
     *     it had run, was cancelled before, or the token is not one of this engine's
     */
    public boolean cancel(long token) {
        return queue.cancel(token);
    }

    /** Runs events until none is pending or the engine is stopped; returns how many ran. */
    public long run() {
        return loop(Long.MAX_VALUE, null);
    }

    /**
     * Runs every event at or before {@code timeNanos}, then advances the clock to
     * {@code timeNanos} (unless the engine was stopped); returns how many ran.
     *
     * @throws IllegalArgumentException if {@code timeNanos} is before {@link #now()}
     */
    public long runUntil(long timeNanos) {
        if (timeNanos < now) {
            throw new IllegalArgumentException("cannot run until t=" + SimTime.describe(timeNanos)
                    + ": it is before now, t=" + SimTime.describe(now));
        }
        long ran = loop(timeNanos, null);
        if (!stopped) {
            now = timeNanos;
        }
        return ran;
    }

    /**
     * Runs events until {@code stopCondition} holds — checked before the first event and
     * after every event — or none is pending, or the engine is stopped; returns how many ran.
     */
    public long runUntil(BooleanSupplier stopCondition) {
        Objects.requireNonNull(stopCondition, "stopCondition");
        return loop(Long.MAX_VALUE, stopCondition);
    }

    /** Runs the next event, if one is pending and the engine is not stopped. */
    public boolean step() {
        if (stopped || queue.size() == 0) {
            return false;
        }
        runNext();
        return true;
    }

    /** Stops the engine for good: the running loop returns after the current event. */
    public void stop() {
        stopped = true;
    }

    private long loop(long horizon, BooleanSupplier stopCondition) {
        long before = eventsProcessed;
        while (!stopped && queue.size() > 0 && queue.minTime() <= horizon
                && (stopCondition == null || !stopCondition.getAsBoolean())) {
            runNext();
        }
        return eventsProcessed - before;
    }

    private void runNext() {
        now = queue.minTime();
        Runnable action = queue.removeMin();
        eventsProcessed++;
        try {
            action.run();
        } catch (RuntimeException e) {
            throw new EventFailedException(now, eventsProcessed, action, e);
        }
    }
}
