package dev.fleetcast.sim.kernel;

/**
 * An event's action threw: the replication is aborted, and this says when and where.
 * The original exception is the cause.
 */
public final class EventFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long timeNanos;
    private final long eventNumber;

    EventFailedException(long timeNanos, long eventNumber, Runnable action, Throwable cause) {
        super("event #" + eventNumber + " at t=" + SimTime.describe(timeNanos) + " failed in "
                + action.getClass().getName() + ": " + cause, cause);
        this.timeNanos = timeNanos;
        this.eventNumber = eventNumber;
    }

    /** The simulated time at which the failing event ran, in nanoseconds. */
    public long timeNanos() {
        return timeNanos;
    }

    /** The failing event's number: 1 for the first event the engine ran. */
    public long eventNumber() {
        return eventNumber;
    }
}
