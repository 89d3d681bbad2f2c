package dev.fleetcast.formats.output;

/** An output file or directory could not be written; the message names it and says why. */
public final class OutputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OutputException(String message) {
        super(message);
    }
}
