package dev.fleetcast.live.device.agent;

import java.util.ArrayDeque;

/**
 * Admits at most {@code limit} connection attempts (TCP connect to EnrollmentCompleted) at a time;
 * the rest wait in arrival order. Thousands of devices starting at once otherwise start thousands of
 * TLS handshakes at once, each finishing slower than the enrollment timeout, all timing out and
 * retrying together: no device ever enrolls. With the gate, handshakes complete at the rate the CPU
 * allows. Thread-safe; callbacks run on the thread that calls {@link #enter} or {@link #leave}, so
 * they should only hand work to an event loop.
 */
final class EnrollmentGate {

    private final int limit;
    private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    private int inFlight;

    EnrollmentGate(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("enrollment gate: limit must be at least 1, was " + limit);
        }
        this.limit = limit;
    }

    /** Runs {@code admitted} now if a place is free, else when one is; it must end with one {@link #leave}. */
    void enter(Runnable admitted) {
        boolean now;
        synchronized (this) {
            now = inFlight < limit;
            if (now) {
                inFlight++;
            } else {
                waiting.add(admitted);
            }
        }
        if (now) {
            admitted.run();
        }
    }

    /** Frees a place, admitting the next waiting attempt if there is one. */
    void leave() {
        Runnable next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                inFlight--;
            }
        }
        if (next != null) {
            next.run();
        }
    }

    /** Attempts in flight and waiting, for tests and status. */
    synchronized int[] load() {
        return new int[] {inFlight, waiting.size()};
    }
}
