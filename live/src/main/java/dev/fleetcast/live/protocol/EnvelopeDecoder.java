package dev.fleetcast.live.protocol;

import java.util.List;
import java.util.function.Function;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;

/**
 * Turns one frame body (after {@link Framing#frameDecoder}) into an {@link Envelope}. Bad bytes
 * raise a {@link io.netty.handler.codec.DecoderException} whose cause is a
 * {@link MalformedMessageException} naming what was wrong; the handler after it decides to close.
 */
public final class EnvelopeDecoder extends MessageToMessageDecoder<ByteBuf> {

    private final Function<byte[], Envelope<?>> decode;

    private EnvelopeDecoder(Function<byte[], Envelope<?>> decode) {
        super(ByteBuf.class);
        this.decode = decode;
    }

    /** For the gateway: frames carry {@code Envelope<ClientMessage>}. */
    public static EnvelopeDecoder clientMessages(WasmbedCodec codec) {
        return new EnvelopeDecoder(codec::decodeClient);
    }

    /** For a device: frames carry {@code Envelope<ServerMessage>}. */
    public static EnvelopeDecoder serverMessages(WasmbedCodec codec) {
        return new EnvelopeDecoder(codec::decodeServer);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf frame, List<Object> out) {
        out.add(decode.apply(ByteBufUtil.getBytes(frame)));
    }
}
