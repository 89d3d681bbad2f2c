package dev.fleetcast.live.protocol;

/**
 * Bytes that are not a WASMBED envelope, or a message fleetcast cannot represent. The message says
 * what was wrong and where (which field of which variant); the connection that sent it should be
 * closed, since framing can no longer be trusted.
 */
public final class MalformedMessageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedMessageException(String message) {
        super(message);
    }

    public MalformedMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
