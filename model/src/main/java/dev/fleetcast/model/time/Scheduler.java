package dev.fleetcast.model.time;

/**
 * The scheduling port through which decision code reads the time and defers work.
 *
 * <p>Implementations: the simulator's event engine (virtual time, single-threaded) and the
 * live controller's clock (a {@code ScheduledExecutorService}). Code written against this
 * interface never calls {@code Instant.now()} or {@code System.nanoTime()} itself, so it runs
 * unchanged in both. Thread-safety is the implementation's to state.
 */
public interface Scheduler {

    /** The current time in nanoseconds on this scheduler's time line (never decreases). */
    long now();

    /**
     * Runs {@code action} once, {@code delayNanos} nanoseconds from {@link #now()}.
     *
     * @param delayNanos the delay in nanoseconds, at least zero
     * @param action what to run
     * @return a handle that cancels the action if it has not run yet
     * @throws IllegalArgumentException if the delay is negative or the resulting time overflows
     * @throws IllegalStateException if the scheduler no longer accepts work
     */
    Cancellable schedule(long delayNanos, Runnable action);
}
