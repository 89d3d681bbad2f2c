package dev.fleetcast.live.protocol;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;

/**
 * The device end of one connection: mutual TLS, WASMBED framing, requests correlated with replies
 * by message id. Small on purpose — the device runtimes build their behaviour (timers, reconnects,
 * failover) on top; tests use it to drive the gateway. Thread-safe; replies complete futures on the
 * channel's event loop, so callers must not block inside their callbacks.
 *
 * <p>{@link #enroll(byte[])} runs WASMBED's enrollment sequence: EnrollmentRequest →
 * EnrollmentAccepted, PublicKey → DeviceUuid, EnrollmentAcknowledgment → EnrollmentCompleted; an
 * EnrollmentRejected at any step fails the future with the gateway's reason.
 */
public final class ProtocolClient implements AutoCloseable {

    /** Immutable and thread-safe: one for every connection in the process. */
    private static final WasmbedCodec CODEC = new WasmbedCodec();

    private final Channel channel;
    private final Map<Long, CompletableFuture<ServerMessage>> pending = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    private ProtocolClient(Channel channel) {
        this.channel = channel;
    }

    /**
     * Connects and completes the TLS handshake.
     *
     * @param host the gateway's host name or IP, checked against its certificate's SANs
     */
    public static CompletableFuture<ProtocolClient> connect(EventLoopGroup group, SslContext tls, String host, int port,
            Duration connectTimeout) {
        CompletableFuture<ProtocolClient> result = new CompletableFuture<>();
        Bootstrap b = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) connectTimeout.toMillis())
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        SslHandler ssl = tls.newHandler(ch.alloc(), host, port);
                        ch.pipeline().addLast("tls", ssl);
                        Framing.addClientSide(ch.pipeline(), CODEC, Framing.DEFAULT_MAX_FRAME);
                        ProtocolClient client = new ProtocolClient(ch);
                        ch.pipeline().addLast("replies", client.new Replies());
                        ssl.handshakeFuture().addListener(f -> {
                            if (f.isSuccess()) {
                                result.complete(client);
                            } else {
                                result.completeExceptionally(f.cause());
                                ch.close();
                            }
                        });
                    }
                });
        ChannelFuture cf = b.connect(new InetSocketAddress(host, port));
        cf.addListener(f -> {
            if (!f.isSuccess()) {
                result.completeExceptionally(f.cause());
            }
        });
        return result;
    }

    /** Sends a message and completes with the gateway's reply to it (same message id). */
    public CompletableFuture<ServerMessage> request(ClientMessage message) {
        long id = nextId.getAndUpdate(Envelope::nextId);
        CompletableFuture<ServerMessage> reply = new CompletableFuture<>();
        pending.put(id, reply);
        channel.writeAndFlush(new Envelope<>(id, message)).addListener(f -> {
            if (!f.isSuccess()) {
                pending.remove(id);
                reply.completeExceptionally(f.cause());
            }
        });
        return reply;
    }

    /** Sends a message for which no reply is expected. */
    public CompletableFuture<Void> send(ClientMessage message) {
        CompletableFuture<Void> sent = new CompletableFuture<>();
        channel.writeAndFlush(new Envelope<>(nextId.getAndUpdate(Envelope::nextId), message)).addListener(f -> {
            if (f.isSuccess()) {
                sent.complete(null);
            } else {
                sent.completeExceptionally(f.cause());
            }
        });
        return sent;
    }

    /** Sends a Heartbeat; completes when the HeartbeatAck arrives. */
    public CompletableFuture<Void> heartbeat() {
        return request(new ClientMessage.Heartbeat()).thenApply(r -> expect(r, ServerMessage.HeartbeatAck.class, "Heartbeat"))
                .thenApply(r -> null);
    }

    /**
     * Runs the enrollment sequence; completes with the UUID assigned.
     *
     * @param publicKeyDer the device's public key as the gateway will compare it: the DER
     *     SubjectPublicKeyInfo of the TLS client certificate's key, i.e.
     *     {@code certificate.getPublicKey().getEncoded()}
     */
    public CompletableFuture<java.util.UUID> enroll(byte[] publicKeyDer) {
        Objects.requireNonNull(publicKeyDer, "publicKeyDer");
        return request(new ClientMessage.EnrollmentRequest())
                .thenApply(r -> expect(r, ServerMessage.EnrollmentAccepted.class, "EnrollmentRequest"))
                .thenCompose(r -> request(new ClientMessage.PublicKey(publicKeyDer)))
                .thenApply(r -> expect(r, ServerMessage.DeviceUuid.class, "PublicKey"))
                .thenCompose(uuid -> request(new ClientMessage.EnrollmentAcknowledgment())
                        .thenApply(r -> expect(r, ServerMessage.EnrollmentCompleted.class, "EnrollmentAcknowledgment"))
                        .thenApply(r -> uuid.uuid()));
    }

    private static <T extends ServerMessage> T expect(ServerMessage reply, Class<T> type, String after) {
        if (reply instanceof ServerMessage.EnrollmentRejected rejected) {
            throw new EnrollmentRejectedException(after, rejected.reasonText());
        }
        if (!type.isInstance(reply)) {
            throw new IllegalStateException("after " + after + " the gateway sent " + reply + ", expected "
                    + type.getSimpleName());
        }
        return type.cast(reply);
    }

    /** Completes when the connection closes, for whatever reason. */
    public CompletableFuture<Void> closeFuture() {
        return closed;
    }

    public boolean isOpen() {
        return channel.isActive();
    }

    /** The underlying channel, for callers that need to write raw bytes (tests of malformed input). */
    public Channel channel() {
        return channel;
    }

    @Override
    public void close() {
        channel.close();
    }

    /** Waits for a future with a timeout, unwrapping the cause; for tests and simple callers. */
    public static <T> T await(CompletableFuture<T> future, Duration timeout) throws Exception {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        } catch (TimeoutException e) {
            throw new TimeoutException("no answer within " + timeout);
        }
    }

    /** The gateway refused enrollment. */
    public static final class EnrollmentRejectedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        EnrollmentRejectedException(String after, String reason) {
            super("enrollment rejected after " + after + ": " + reason);
        }
    }

    @SuppressWarnings("rawtypes")
    private final class Replies extends SimpleChannelInboundHandler<Envelope> {

        Replies() {
            super(Envelope.class);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, Envelope envelope) {
            CompletableFuture<ServerMessage> reply = pending.remove(envelope.messageId());
            if (reply != null && envelope.message() instanceof ServerMessage m) {
                reply.complete(m);
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            IllegalStateException gone = new IllegalStateException("connection closed");
            pending.values().forEach(f -> f.completeExceptionally(gone));
            pending.clear();
            closed.complete(null);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
