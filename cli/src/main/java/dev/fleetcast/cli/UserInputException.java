package dev.fleetcast.cli;

/** A problem with what the user gave a command; its message is shown as one line. */
public final class UserInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }
}
