package dev.fleetcast.live.protocol;

import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.handler.codec.LengthFieldPrepender;

/**
 * WASMBED's framing on the TLS stream: a 4-byte big-endian length, then that many bytes of CBOR
 * envelope (crates/wasmbed-protocol-server/src/lib.rs, {@code send_encrypted} and
 * {@code receive_decrypted}: {@code len.to_be_bytes()}, {@code u32::from_be_bytes}). WASMBED caps a
 * message at 16 MiB; fleetcast's default is smaller, because devices send only small messages and
 * a gateway holds thousands of connections.
 *
 * <p>WASMBED itself is not consistent here: protocol-server encrypts each frame body with AES-GCM
 * over plain TCP, and tls-utils' gateway loop decodes a bare {@code ClientMessage} from whatever one
 * {@code read()} returns. fleetcast follows the contract its device agents and gateway share:
 * mutual TLS carries the frames, each frame body is one plain CBOR envelope.
 *
 * <p>The decoder fails fast: a length above the cap is refused as soon as its four bytes arrive,
 * before any of the body is buffered, so a forged length cannot make the gateway allocate it.
 */
public final class Framing {

    /** WASMBED's {@code MAX_MESSAGE_SIZE}: 16 MiB. */
    public static final int WASMBED_MAX_FRAME = 16 * 1024 * 1024;

    /** fleetcast's default cap: 1 MiB. */
    public static final int DEFAULT_MAX_FRAME = 1024 * 1024;

    public static final String FRAME_DECODER = "wasmbed-frame-decoder";
    public static final String FRAME_ENCODER = "wasmbed-frame-encoder";
    public static final String ENVELOPE_DECODER = "wasmbed-envelope-decoder";
    public static final String ENVELOPE_ENCODER = "wasmbed-envelope-encoder";

    private Framing() {
    }

    /** A decoder that splits the stream into frame bodies (length prefix stripped). */
    public static LengthFieldBasedFrameDecoder frameDecoder(int maxFrameBytes) {
        if (maxFrameBytes < 1) {
            throw new IllegalArgumentException("maxFrameBytes must be positive, got " + maxFrameBytes);
        }
        // max counts the 4 prefix bytes too; failFast refuses an oversized length on sight
        return new LengthFieldBasedFrameDecoder(maxFrameBytes + 4, 0, 4, 0, 4, true);
    }

    /** An encoder that prefixes each outgoing buffer with its 4-byte big-endian length. */
    public static LengthFieldPrepender frameEncoder() {
        return new LengthFieldPrepender(4);
    }

    /** Adds framing and envelope handlers for the gateway side: reads client messages, writes server messages. */
    public static void addServerSide(ChannelPipeline pipeline, WasmbedCodec codec, int maxFrameBytes) {
        pipeline.addLast(FRAME_DECODER, frameDecoder(maxFrameBytes));
        pipeline.addLast(FRAME_ENCODER, frameEncoder());
        pipeline.addLast(ENVELOPE_DECODER, EnvelopeDecoder.clientMessages(codec));
        pipeline.addLast(ENVELOPE_ENCODER, new EnvelopeEncoder(codec));
    }

    /** Adds framing and envelope handlers for the device side: reads server messages, writes client messages. */
    public static void addClientSide(ChannelPipeline pipeline, WasmbedCodec codec, int maxFrameBytes) {
        pipeline.addLast(FRAME_DECODER, frameDecoder(maxFrameBytes));
        pipeline.addLast(FRAME_ENCODER, frameEncoder());
        pipeline.addLast(ENVELOPE_DECODER, EnvelopeDecoder.serverMessages(codec));
        pipeline.addLast(ENVELOPE_ENCODER, new EnvelopeEncoder(codec));
    }
}
