package dev.fleetcast.live.run;

/**
 * A live run that could not go on, with one message for people: which object, what the
 * cluster said. The run has already cleaned up what it created when this is thrown.
 */
public final class LiveRunException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LiveRunException(String message) {
        super(message);
    }

    public LiveRunException(String message, Throwable cause) {
        super(message, cause);
    }
}
