package dev.fleetcast.live.device.renode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetcast.live.protocol.Envelope;
import dev.fleetcast.live.protocol.ServerMessage;
import dev.fleetcast.live.protocol.WasmbedCodec;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameTapTest {

    private final WasmbedCodec codec = new WasmbedCodec();

    @Test
    void findsMessagesAcrossArbitraryChunkBoundaries() {
        var stream = new ByteArrayOutputStream();
        stream.writeBytes(frame(new Envelope<>(0, new ServerMessage.EnrollmentAccepted())));
        stream.writeBytes(frame(new Envelope<>(1, new ServerMessage.EnrollmentCompleted())));
        stream.writeBytes(frame(new Envelope<>(2, new ServerMessage.HeartbeatAck())));
        byte[] all = stream.toByteArray();
        List<ServerMessage> seen = new ArrayList<>();
        var tap = new FrameTap(codec, seen::add);
        for (int at = 0; at < all.length; at += 3) {
            tap.accept(Arrays.copyOfRange(all, at, Math.min(all.length, at + 3)));
        }
        assertEquals(List.of(new ServerMessage.EnrollmentAccepted(), new ServerMessage.EnrollmentCompleted(),
                new ServerMessage.HeartbeatAck()), seen);
    }

    @Test
    void aStreamInAnotherFramingTurnsTheTapOff() {
        List<ServerMessage> seen = new ArrayList<>();
        var tap = new FrameTap(codec, seen::add);
        tap.accept("AT+OK\r\nhello firmware console\r\n".getBytes());
        assertTrue(tap.isOff());
        tap.accept(frame(new Envelope<>(0, new ServerMessage.EnrollmentCompleted())));
        assertTrue(seen.isEmpty());
    }

    private byte[] frame(Envelope<ServerMessage> envelope) {
        byte[] body = codec.encodeServer(envelope);
        return ByteBuffer.allocate(4 + body.length).putInt(body.length).put(body).array();
    }
}
