package dev.fleetcast.live.gateway;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.ssl.SslHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.fleetcast.live.protocol.ClientMessage;
import dev.fleetcast.live.protocol.Envelope;
import dev.fleetcast.live.protocol.MalformedMessageException;
import dev.fleetcast.live.protocol.ServerMessage;
import dev.fleetcast.live.tls.PeerIdentity;

/**
 * One device connection on the gateway. Everything here runs on the connection's event loop, so
 * the fields need no locks, and every report for one device is made in order from that loop.
 *
 * <p>The replies follow WASMBED's gateway (crates/wasmbed-gateway/src/main.rs, on_message):
 * Heartbeat → HeartbeatAck; EnrollmentRequest → EnrollmentAccepted when pairing mode is on, else
 * EnrollmentRejected; PublicKey → DeviceUuid when the key equals the TLS client certificate's key,
 * else EnrollmentRejected; EnrollmentAcknowledgment → EnrollmentCompleted; a reply carries the
 * request's message id. Stricter than WASMBED: PublicKey before an accepted EnrollmentRequest, and
 * EnrollmentAcknowledgment before a DeviceUuid, are rejected rather than answered.
 */
final class DeviceSession extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceSession.class);

    enum Stage { NEW, ACCEPTED, UUID_SENT, CONNECTED }

    enum CloseReason { NONE, UNREACHABLE, REPLACED, DRAIN, MALFORMED, SHUTDOWN }

    private final GatewayServer server;
    private Channel channel;
    private String device;
    private X509Certificate peer;
    private Stage stage = Stage.NEW;
    private Instant enrollmentStarted;
    private CloseReason closeReason = CloseReason.NONE;
    /** Completes once channelInactive has made its report. */
    final java.util.concurrent.CompletableFuture<Void> finished = new java.util.concurrent.CompletableFuture<>();
    /** Written on the event loop, read by the monitor thread. */
    private volatile Instant lastSeen;

    DeviceSession(GatewayServer server) {
        this.server = server;
    }

    String device() {
        return device;
    }

    Channel channel() {
        return channel;
    }

    Instant lastSeen() {
        return lastSeen;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        channel = ctx.channel();
        SslHandler ssl = ctx.pipeline().get(SslHandler.class);
        ssl.handshakeFuture().addListener(f -> {
            if (f.isSuccess()) {
                identify(ssl);
            } else {
                LOG.info("gateway {}: TLS handshake from {} failed: {}", server.name(), remote(),
                        rootMessage(f.cause()));
                channel.close();
            }
        });
    }

    private void identify(SslHandler ssl) {
        if (device != null || !channel.isActive()) {
            return;
        }
        try {
            Certificate[] chain = ssl.engine().getSession().getPeerCertificates();
            peer = (X509Certificate) chain[0];
        } catch (SSLPeerUnverifiedException e) {
            LOG.warn("gateway {}: connection from {} has no client certificate; closing", server.name(), remote());
            channel.close();
            return;
        }
        Optional<String> cn = PeerIdentity.findCommonName(peer);
        if (cn.isEmpty()) {
            LOG.warn("gateway {}: client certificate from {} has no single CN ({}); closing", server.name(), remote(),
                    peer.getSubjectX500Principal().getName());
            channel.close();
            return;
        }
        device = cn.get();
        lastSeen = server.now();
        server.register(this);
        LOG.debug("gateway {}: device {} connected from {}", server.name(), device, remote());
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof Envelope<?> envelope) || !(envelope.message() instanceof ClientMessage message)) {
            LOG.warn("gateway {}: unexpected object in the pipeline: {}", server.name(), msg);
            return;
        }
        if (device == null) {
            // data is only decrypted after the handshake, so identify now if the listener has not run yet
            SslHandler ssl = ctx.pipeline().get(SslHandler.class);
            if (ssl.handshakeFuture().isSuccess()) {
                identify(ssl);
            }
            if (device == null) {
                LOG.warn("gateway {}: message from unidentified peer {}; closing", server.name(), remote());
                ctx.close();
                return;
            }
        }
        if (message instanceof ClientMessage.Heartbeat) {
            onHeartbeat(ctx, envelope);
        } else if (message instanceof ClientMessage.EnrollmentRequest) {
            onEnrollmentRequest(ctx, envelope);
        } else if (message instanceof ClientMessage.PublicKey key) {
            onPublicKey(ctx, envelope, key);
        } else if (message instanceof ClientMessage.EnrollmentAcknowledgment) {
            onAcknowledgment(ctx, envelope);
        } else {
            // application messages: WASMBED updates Application objects, which fleetcast does not model
            LOG.debug("gateway {}: device {} sent {}; ignored", server.name(), device, message);
        }
    }

    private void onHeartbeat(ChannelHandlerContext ctx, Envelope<?> request) {
        Instant now = server.now();
        lastSeen = now;
        server.metrics().heartbeats.increment();
        server.report(r -> r.heartbeat(device, now));
        ctx.writeAndFlush(request.reply(new ServerMessage.HeartbeatAck()));
    }

    private void onEnrollmentRequest(ChannelHandlerContext ctx, Envelope<?> request) {
        if (!server.config().pairingMode()) {
            reject(ctx, request, "Pairing mode disabled - enrollment not allowed");
            return;
        }
        stage = Stage.ACCEPTED;
        enrollmentStarted = server.now();
        ctx.writeAndFlush(request.reply(new ServerMessage.EnrollmentAccepted()));
    }

    private void onPublicKey(ChannelHandlerContext ctx, Envelope<?> request, ClientMessage.PublicKey key) {
        if (stage != Stage.ACCEPTED) {
            reject(ctx, request, "PublicKey before an accepted EnrollmentRequest");
            return;
        }
        if (!Arrays.equals(key.key(), peer.getPublicKey().getEncoded())) {
            reject(ctx, request, "Public key mismatch with TLS certificate");
            return;
        }
        stage = Stage.UUID_SENT;
        Instant now = server.now();
        server.report(r -> r.enrolled(device, now));
        ctx.writeAndFlush(request.reply(new ServerMessage.DeviceUuid(uuidOf(device))));
    }

    private void onAcknowledgment(ChannelHandlerContext ctx, Envelope<?> request) {
        if (stage != Stage.UUID_SENT) {
            reject(ctx, request, "EnrollmentAcknowledgment before a DeviceUuid was sent");
            return;
        }
        stage = Stage.CONNECTED;
        Instant now = server.now();
        lastSeen = now;
        server.metrics().enrollments.increment();
        server.metrics().enrollmentLatency.record(Math.max(0, Duration.between(enrollmentStarted, now).toNanos()));
        server.report(r -> r.connected(device, now));
        ctx.writeAndFlush(request.reply(new ServerMessage.EnrollmentCompleted()));
    }

    private void reject(ChannelHandlerContext ctx, Envelope<?> request, String reason) {
        server.metrics().enrollmentsRejected.increment();
        LOG.info("gateway {}: enrollment of {} rejected: {}", server.name(), device, reason);
        stage = Stage.NEW;
        ctx.writeAndFlush(request.reply(ServerMessage.EnrollmentRejected.because(reason)));
    }

    /**
     * A stable UUID per device name (WASMBED draws a random v4 UUID; a name-based one makes
     * re-enrollment after failover give the same answer and keeps runs reproducible).
     */
    static UUID uuidOf(String device) {
        return UUID.nameUUIDFromBytes(("fleetcast-device:" + device).getBytes(StandardCharsets.UTF_8));
    }

    /** Called on this session's event loop: closes it as {@code reason} (first reason wins). */
    void closeAs(CloseReason reason) {
        if (closeReason == CloseReason.NONE) {
            closeReason = reason;
        }
        channel.close();
    }

    /** Called on this session's event loop by the monitor: still stale? then Unreachable. */
    void closeIfStale(Instant now, Duration timeout) {
        if (closeReason != CloseReason.NONE || !channel.isActive() || lastSeen == null) {
            return;
        }
        if (Duration.between(lastSeen, now).compareTo(timeout) > 0) {
            closeReason = CloseReason.UNREACHABLE;
            server.metrics().unreachable.increment();
            LOG.info("gateway {}: device {} silent since {} (timeout {}): Unreachable, closing", server.name(), device,
                    lastSeen, timeout);
            server.report(r -> r.unreachable(device, now));
            channel.close();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (device != null && server.unregister(this)) {
            CloseReason reason = closeReason;
            if (reason != CloseReason.UNREACHABLE && reason != CloseReason.REPLACED) {
                Instant now = server.now();
                server.report(r -> r.disconnected(device, now));
            }
            LOG.debug("gateway {}: device {} disconnected ({})", server.name(), device, reason);
        }
        finished.complete(null);
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Throwable c = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
        if (c instanceof MalformedMessageException || c instanceof TooLongFrameException) {
            server.metrics().malformed.increment();
            LOG.warn("gateway {}: device {} from {} sent a malformed frame, closing: {}", server.name(),
                    device == null ? "(unidentified)" : device, remote(), c.getMessage());
            closeAs(CloseReason.MALFORMED);
        } else if (c instanceof SSLException) {
            LOG.info("gateway {}: TLS error with {} ({}): {}", server.name(), device == null ? "(unidentified)" : device,
                    remote(), rootMessage(c));
            ctx.close();
        } else if (c instanceof IOException) {
            LOG.debug("gateway {}: connection of {} failed: {}", server.name(), device, c.toString());
            ctx.close();
        } else {
            LOG.warn("gateway {}: unexpected error on the connection of {}; closing", server.name(), device, c);
            ctx.close();
        }
    }

    private SocketAddress remote() {
        return channel == null ? null : channel.remoteAddress();
    }

    private static String rootMessage(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) {
            r = r.getCause();
        }
        return r.getClass().getSimpleName() + ": " + r.getMessage();
    }
}
