package dev.fleetcast.live.controller;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A controller work queue in the manner of client-go's: a key waits in the queue at most once
 * however often it is added; a key being processed is never handed to a second worker — if it
 * is added meanwhile, it is queued again when the first worker calls {@link #done}. Failed keys
 * come back after an exponential backoff per key, reset by {@link #forget}.
 *
 * <p>Thread-safe: any number of producers and workers.
 */
public final class WorkQueue<K> {

    private final ArrayDeque<K> queue = new ArrayDeque<>();
    /** Keys that must be processed (queued, or added again while processing). */
    private final Set<K> dirty = new HashSet<>();
    private final Set<K> processing = new HashSet<>();
    private final Map<K, Integer> failures = new HashMap<>();
    private final ScheduledExecutorService timer;
    private final Backoff backoff;
    private boolean shutDown;

    /**
     * @param timer runs delayed re-adds
     * @param backoff the per-key backoff of {@link #addRateLimited}
     */
    public WorkQueue(ScheduledExecutorService timer, Backoff backoff) {
        this.timer = Objects.requireNonNull(timer, "timer");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
    }

    /** Queues {@code key} unless it is already waiting. */
    public synchronized void add(K key) {
        Objects.requireNonNull(key, "key");
        if (shutDown || !dirty.add(key)) {
            return;
        }
        if (!processing.contains(key)) {
            queue.addLast(key);
            notifyAll();
        }
    }

    /** Queues {@code key} after {@code delay}. */
    public void addAfter(K key, Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            add(key);
            return;
        }
        synchronized (this) {
            if (shutDown) {
                return;
            }
        }
        try {
            timer.schedule(() -> add(key), delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // the owner is shutting down: the key is dropped with the rest of the queue
        }
    }

    /** Queues {@code key} after its next backoff delay; returns the delay. */
    public Duration addRateLimited(K key) {
        int n;
        synchronized (this) {
            n = failures.merge(key, 1, Integer::sum);
        }
        Duration delay = backoff.delay(n);
        addAfter(key, delay);
        return delay;
    }

    /** Clears {@code key}'s failure count: its next backoff starts from the base again. */
    public synchronized void forget(K key) {
        failures.remove(key);
    }

    /** Consecutive failures of {@code key} since the last {@link #forget}. */
    public synchronized int failures(K key) {
        return failures.getOrDefault(key, 0);
    }

    /**
     * Takes the next key, waiting up to {@code timeout}; the caller must call {@link #done} with
     * it. Empty on timeout or once shut down.
     */
    public synchronized Optional<K> take(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (queue.isEmpty() && !shutDown) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        if (shutDown) {
            return Optional.empty();
        }
        K key = queue.removeFirst();
        dirty.remove(key);
        processing.add(key);
        return Optional.of(key);
    }

    /** Ends the processing of {@code key}; queues it again if it was added meanwhile. */
    public synchronized void done(K key) {
        processing.remove(key);
        if (dirty.contains(key) && !shutDown) {
            queue.addLast(key);
            notifyAll();
        }
    }

    /** Keys waiting (not counting those being processed). */
    public synchronized int size() {
        return queue.size();
    }

    /** Keys being processed now. */
    public synchronized int inFlight() {
        return processing.size();
    }

    /** Stops handing out keys; waiting {@link #take} calls return empty. */
    public synchronized void shutDown() {
        shutDown = true;
        notifyAll();
    }
}
