package dev.fleetcast.model.time;

/** A handle to work deferred through a {@link Scheduler}. */
@FunctionalInterface
public interface Cancellable {

    /**
     * Cancels the deferred work if it has not started yet.
     *
     * @return {@code true} if this call prevented the work from running; {@code false} if it
     *     had already run or had already been cancelled
     */
    boolean cancel();
}
