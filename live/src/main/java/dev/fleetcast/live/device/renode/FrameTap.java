package dev.fleetcast.live.device.renode;

import dev.fleetcast.live.protocol.Envelope;
import dev.fleetcast.live.protocol.ServerMessage;
import dev.fleetcast.live.protocol.WasmbedCodec;
import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

/**
 * Watches the gateway-to-firmware byte stream without changing it: splits it into length-prefixed
 * frames and decodes each as a server envelope, so the bridge can tell when the firmware's
 * enrollment completed (the firmware itself reports nothing). A stream that does not parse — other
 * framing, a frame above the cap — turns the tap off for the rest of the connection; the bytes still
 * flow. Not thread-safe: one per connection, used on its event loop.
 */
final class FrameTap {

    private static final int MAX_FRAME = 1024 * 1024;

    private final WasmbedCodec codec;
    private final Consumer<ServerMessage> listener;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean off;

    FrameTap(WasmbedCodec codec, Consumer<ServerMessage> listener) {
        this.codec = codec;
        this.listener = listener;
    }

    /** Feeds bytes the gateway sent. */
    void accept(byte[] bytes) {
        if (off) {
            return;
        }
        pending.writeBytes(bytes);
        byte[] all = pending.toByteArray();
        int at = 0;
        while (all.length - at >= 4) {
            int length = ((all[at] & 0xff) << 24) | ((all[at + 1] & 0xff) << 16) | ((all[at + 2] & 0xff) << 8)
                    | (all[at + 3] & 0xff);
            if (length < 0 || length > MAX_FRAME) {
                off = true;
                return;
            }
            if (all.length - at - 4 < length) {
                break;
            }
            byte[] frame = new byte[length];
            System.arraycopy(all, at + 4, frame, 0, length);
            at += 4 + length;
            try {
                Envelope<ServerMessage> envelope = codec.decodeServer(frame);
                listener.accept(envelope.message());
            } catch (RuntimeException e) {
                off = true;
                return;
            }
        }
        pending.reset();
        pending.write(all, at, all.length - at);
    }

    boolean isOff() {
        return off;
    }
}
