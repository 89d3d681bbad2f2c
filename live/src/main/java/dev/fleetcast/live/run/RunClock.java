package dev.fleetcast.live.run;

import java.time.Instant;

/**
 * A live run's time: nanoseconds since the run started (never decreasing), and the wall-clock
 * instant of that start (to place the API server's timestamps on the same line). Injected, so
 * tests can drive time; nothing in the run calls {@code System.nanoTime()} itself.
 */
public interface RunClock {

    /** Nanoseconds since the run's start, never decreasing. */
    long elapsedNanos();

    /** The wall-clock instant of time 0. */
    Instant startedAt();

    /** A clock that starts now: the JVM's monotonic clock for elapsed time. */
    static RunClock startingNow() {
        Instant start = Instant.now();
        long origin = System.nanoTime();
        return new RunClock() {
            @Override
            public long elapsedNanos() {
                return System.nanoTime() - origin;
            }

            @Override
            public Instant startedAt() {
                return start;
            }
        };
    }
}
