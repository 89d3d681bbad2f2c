package dev.fleetcast.live.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;

/**
 * Writes an {@link Envelope} of a {@link ClientMessage} or a {@link ServerMessage} as CBOR; the
 * frame encoder after it adds the length prefix. One class serves both sides because the message
 * type says which encoding applies.
 */
@SuppressWarnings("rawtypes")
public final class EnvelopeEncoder extends MessageToByteEncoder<Envelope> {

    private final WasmbedCodec codec;

    public EnvelopeEncoder(WasmbedCodec codec) {
        super(Envelope.class);
        this.codec = codec;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void encode(ChannelHandlerContext ctx, Envelope envelope, ByteBuf out) {
        Object message = envelope.message();
        if (message instanceof ClientMessage) {
            out.writeBytes(codec.encodeClient((Envelope<ClientMessage>) envelope));
        } else if (message instanceof ServerMessage) {
            out.writeBytes(codec.encodeServer((Envelope<ServerMessage>) envelope));
        } else {
            throw new IllegalArgumentException("not a WASMBED message: " + message.getClass().getName());
        }
    }
}
