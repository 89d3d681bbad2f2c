package dev.fleetcast.sim.gateway;

import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.load.LoadProfile;
import dev.fleetcast.sim.kernel.Engine;
import java.util.ArrayDeque;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * One gateway replica's message queue: {@code servers} workers serve device messages first
 * come, first served, each for a time drawn from {@code service}; messages wait in an
 * unbounded queue while every worker is busy.
 *
 * <p>Arrivals: each of the {@code sources} connected devices sends a Poisson stream at the
 * load profile's rate, so together they form one Poisson process of rate
 * {@code sources × rate(t)}. It is drawn exactly by thinning: candidates at the bounding rate
 * {@code sources × max rate}, each kept with probability rate(t) / max rate. When the number
 * of sources changes the pending candidate is dropped and the process restarts from now,
 * which the Poisson process's lack of memory makes exact. Each message costs one event to
 * arrive and one to finish; a quiet queue costs none.
 *
 * <p>Not thread-safe: it lives on its engine's thread.
 */
public final class MessageQueue {

    /** What the queue tells about each message it finishes. */
    @FunctionalInterface
    public interface CompletionListener {
        /** A message that arrived at {@code arrivedNanos}, started service at {@code startedNanos} and finished now. */
        void completed(long arrivedNanos, long startedNanos, long finishedNanos);
    }

    private final Engine engine;
    private final int servers;
    private final DurationDistribution service;
    private final LoadProfile profile;
    private final UniformRandomProvider arrivalRandom;
    private final UniformRandomProvider serviceRandom;
    private final CompletionListener listener;
    private final ArrayDeque<Long> waiting = new ArrayDeque<>();

    private int sources;
    private long pendingArrival = -1;
    private int busy;
    private long busyNanosBefore;
    private long busySince;
    private long arrived;
    private long completedCount;

    public MessageQueue(Engine engine, int servers, DurationDistribution service, LoadProfile profile,
            UniformRandomProvider arrivalRandom, UniformRandomProvider serviceRandom, CompletionListener listener) {
        if (servers < 1) {
            throw new IllegalArgumentException("a gateway replica needs at least 1 worker, was " + servers);
        }
        this.engine = Objects.requireNonNull(engine, "engine");
        this.servers = servers;
        this.service = Objects.requireNonNull(service, "service");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.arrivalRandom = Objects.requireNonNull(arrivalRandom, "arrivalRandom");
        this.serviceRandom = Objects.requireNonNull(serviceRandom, "serviceRandom");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Sets how many devices send to this replica from now on (0 silences it). */
    public void setSources(int devices) {
        if (devices < 0) {
            throw new IllegalArgumentException("sources must be 0 or more, was " + devices);
        }
        if (devices == sources) {
            return;
        }
        sources = devices;
        if (pendingArrival >= 0) {
            engine.cancel(pendingArrival);
            pendingArrival = -1;
        }
        scheduleCandidate();
    }

    /** Devices sending to this replica. */
    public int sources() {
        return sources;
    }

    /** Worker threads. */
    public int servers() {
        return servers;
    }

    /** Total worker-busy time since the start, up to now, in nanoseconds (busy workers integrated over time). */
    public long busyNanos() {
        return busyNanosBefore + (long) busy * (engine.now() - busySince);
    }

    /** Messages waiting for a worker now. */
    public int queued() {
        return waiting.size();
    }

    /** Messages that have arrived so far. */
    public long arrived() {
        return arrived;
    }

    /** Messages finished so far. */
    public long completed() {
        return completedCount;
    }

    private void scheduleCandidate() {
        double boundPerSecond = sources * profile.maxRatePerSecond();
        if (!(boundPerSecond > 0)) {
            return;
        }
        double gapSeconds = -Math.log1p(-arrivalRandom.nextDouble()) / boundPerSecond;
        long gap = Math.max(1, Math.round(gapSeconds * 1e9));
        pendingArrival = engine.scheduleAfter(gap, this::candidate);
    }

    private void candidate() {
        pendingArrival = -1;
        long now = engine.now();
        // Thinning: keep the candidate with probability rate(now) / max rate.
        if (arrivalRandom.nextDouble() * profile.maxRatePerSecond() < profile.ratePerSecond(now)) {
            arrive(now);
        }
        scheduleCandidate();
    }

    private void arrive(long now) {
        arrived++;
        if (busy < servers) {
            start(now, now);
        } else {
            waiting.addLast(now);
        }
    }

    private void start(long arrivedNanos, long now) {
        setBusy(busy + 1, now);
        long duration = service.sampleNanos(serviceRandom);
        engine.scheduleAfter(duration, () -> finish(arrivedNanos, now));
    }

    private void finish(long arrivedNanos, long startedNanos) {
        long now = engine.now();
        completedCount++;
        setBusy(busy - 1, now);
        listener.completed(arrivedNanos, startedNanos, now);
        Long next = waiting.pollFirst();
        if (next != null) {
            start(next, now);
        }
    }

    private void setBusy(int next, long now) {
        busyNanosBefore += (long) busy * (now - busySince);
        busySince = now;
        busy = next;
    }
}
