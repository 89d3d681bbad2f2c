package dev.fleetcast.live.protocol;

import java.util.Objects;

/**
 * WASMBED's {@code Envelope<T>}: protocol version, a message id that correlates a reply with its
 * request, and the message. The only protocol version WASMBED defines is V0, so the version is not
 * a field here: the codec writes 0 and refuses anything else.
 *
 * @param messageId an unsigned 32-bit id (WASMBED's {@code MessageId(u32)}), 0 to 2^32-1
 * @param message   a {@link ClientMessage} or a {@link ServerMessage}
 */
public record Envelope<M>(long messageId, M message) {

    /** The largest message id, {@code u32::MAX}. */
    public static final long MAX_MESSAGE_ID = 0xFFFF_FFFFL;

    public Envelope {
        if (messageId < 0 || messageId > MAX_MESSAGE_ID) {
            throw new IllegalArgumentException("messageId must be an unsigned 32-bit value (0.."
                    + MAX_MESSAGE_ID + "), got " + messageId);
        }
        Objects.requireNonNull(message, "message");
    }

    /** The id after this one, wrapping at 2^32 as WASMBED's {@code MessageId::next} does. */
    public static long nextId(long messageId) {
        return (messageId + 1) & MAX_MESSAGE_ID;
    }

    /** A reply envelope: same message id, as WASMBED's {@code MessageContext::reply} does. */
    public <R> Envelope<R> reply(R reply) {
        return new Envelope<>(messageId, reply);
    }
}
