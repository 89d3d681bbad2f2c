package dev.fleetcast.cli;

/** Some replications failed (a model error, not the user's input): exit code 1, no stack trace. */
final class ReplicationsFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ReplicationsFailedException(String message) {
        super(message);
    }
}
