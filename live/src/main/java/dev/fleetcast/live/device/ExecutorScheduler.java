package dev.fleetcast.live.device;

import dev.fleetcast.model.time.Cancellable;
import dev.fleetcast.model.time.Scheduler;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Model's scheduling port on a real clock: time is nanoseconds since this scheduler was made (so a
 * run's time line starts at zero), deferred work runs on the given executor. Thread-safe.
 */
public final class ExecutorScheduler implements Scheduler {

    private final ScheduledExecutorService executor;
    private final LongSupplier nanoTime;
    private final long origin;

    /**
     * @param executor where deferred work runs
     * @param nanoTime a monotonic nanosecond clock ({@code System::nanoTime} outside tests)
     */
    public ExecutorScheduler(ScheduledExecutorService executor, LongSupplier nanoTime) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.origin = nanoTime.getAsLong();
    }

    @Override
    public long now() {
        return Math.max(0, nanoTime.getAsLong() - origin);
    }

    @Override
    public Cancellable schedule(long delayNanos, Runnable action) {
        if (delayNanos < 0) {
            throw new IllegalArgumentException("negative delay " + delayNanos + " ns");
        }
        Objects.requireNonNull(action, "action");
        if (executor.isShutdown()) {
            throw new IllegalStateException("the scheduler's executor is shut down");
        }
        ScheduledFuture<?> future = executor.schedule(action, delayNanos, TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }
}
