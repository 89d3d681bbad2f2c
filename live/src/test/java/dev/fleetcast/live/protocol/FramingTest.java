package dev.fleetcast.live.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.TooLongFrameException;
import org.junit.jupiter.api.Test;

class FramingTest {

    private final WasmbedCodec codec = new WasmbedCodec();

    private static ByteBuf hex(String s) {
        return Unpooled.wrappedBuffer(HexFormat.of().parseHex(s.replace(" ", "")));
    }

    @Test
    void serverSideWritesLengthPrefixedEnvelopes() {
        EmbeddedChannel ch = new EmbeddedChannel();
        Framing.addServerSide(ch.pipeline(), codec, 64);
        ch.writeOutbound(new Envelope<>(0, new ServerMessage.HeartbeatAck()));
        ByteBuf out = ch.readOutbound();
        ByteBuf body = ch.readOutbound();
        // protocol-server lib.rs l.136-137: len.to_be_bytes() then the bytes; the envelope is 5 bytes
        byte[] all = new byte[out.readableBytes() + (body == null ? 0 : body.readableBytes())];
        out.readBytes(all, 0, out.readableBytes());
        if (body != null) {
            body.readBytes(all, all.length - body.readableBytes(), body.readableBytes());
        }
        assertThat(HexFormat.of().formatHex(all)).isEqualTo("00000005" + "8300008100");
    }

    @Test
    void readsEnvelopesSplitAcrossReadsAndTwoInOneRead() {
        EmbeddedChannel ch = new EmbeddedChannel();
        Framing.addServerSide(ch.pipeline(), codec, 64);
        ch.writeInbound(hex("00 00 00 05 83 00"));
        assertThat((Object) ch.readInbound()).isNull();
        ch.writeInbound(hex("01 81 00 00 00 00 05 83 00 02 81 01"));
        assertThat((Object) ch.readInbound()).isEqualTo(new Envelope<>(1, new ClientMessage.Heartbeat()));
        assertThat((Object) ch.readInbound()).isEqualTo(new Envelope<>(2, new ClientMessage.EnrollmentRequest()));
    }

    @Test
    void hugeLengthPrefixIsRefusedBeforeTheBodyArrives() {
        EmbeddedChannel ch = new EmbeddedChannel();
        Framing.addServerSide(ch.pipeline(), codec, 64);
        assertThatThrownBy(() -> ch.writeInbound(hex("7f ff ff ff"))).isInstanceOf(TooLongFrameException.class);
    }

    @Test
    void badEnvelopeSurfacesAsDecoderExceptionWithTheReason() {
        EmbeddedChannel ch = new EmbeddedChannel();
        Framing.addServerSide(ch.pipeline(), codec, 64);
        assertThatThrownBy(() -> ch.writeInbound(hex("00 00 00 05 83 00 00 81 09")))
                .isInstanceOf(DecoderException.class)
                .hasCauseInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("unknown ClientMessage tag 9");
    }

    @Test
    void clientSideRoundTripsThroughServerSide() {
        EmbeddedChannel device = new EmbeddedChannel();
        Framing.addClientSide(device.pipeline(), codec, 64);
        EmbeddedChannel gateway = new EmbeddedChannel();
        Framing.addServerSide(gateway.pipeline(), codec, 64);
        device.writeOutbound(new Envelope<>(9, new ClientMessage.PublicKey(new byte[] {7})));
        ByteBuf b;
        while ((b = device.readOutbound()) != null) {
            gateway.writeInbound(b);
        }
        assertThat((Object) gateway.readInbound()).isEqualTo(new Envelope<>(9, new ClientMessage.PublicKey(new byte[] {7})));
        gateway.writeOutbound(new Envelope<>(9, new ServerMessage.EnrollmentAccepted()));
        while ((b = gateway.readOutbound()) != null) {
            device.writeInbound(b);
        }
        assertThat((Object) device.readInbound()).isEqualTo(new Envelope<>(9, new ServerMessage.EnrollmentAccepted()));
    }
}
