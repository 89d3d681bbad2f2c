package dev.fleetcast.live.device.agent;

import dev.fleetcast.live.device.DeviceTimeline;
import dev.fleetcast.live.device.GatewayEndpoint;
import dev.fleetcast.live.protocol.ClientMessage;
import dev.fleetcast.live.protocol.Envelope;
import dev.fleetcast.live.protocol.Framing;
import dev.fleetcast.live.protocol.ServerMessage;
import dev.fleetcast.live.protocol.WasmbedCodec;
import dev.fleetcast.model.timeline.DeviceEventKind;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;

/**
 * One device agent. All its state is confined to its event loop; the public-facing calls
 * ({@link #start}, {@link #moveTo}, {@link #stop}) hop onto that loop.
 *
 * <p>Life of a connection: TCP connect → TLS handshake (the device's certificate) →
 * EnrollmentRequest → EnrollmentAccepted → PublicKey (the certificate's public key, DER) → DeviceUuid
 * → EnrollmentAcknowledgment → EnrollmentCompleted, reported as ENROLLED (first time since start) or
 * RE_ENROLLED, then CONNECTED, then a Heartbeat every interval. A connection that ends without the
 * agent asking is CONNECTION_DROPPED if it had enrolled, an error otherwise (refused TLS, rejected
 * enrollment, timeout); either way the agent reconnects to its current gateway after the backoff.
 */
final class DeviceAgent {

    private enum State { QUEUED, CONNECTING, ENROLLING, ENROLLED, WAITING, STOPPED }

    /** What all agents of a runtime share. */
    record Shared(AgentSettings settings, DeviceTimeline timeline, AgentCounters counters, Bootstrap bootstrap,
            WasmbedCodec codec, EnrollmentGate gate) {
    }

    private final String name;
    private final EventLoop loop;
    private final Shared shared;
    private final SharedClientTls tls;
    private final byte[] publicKeyDer;

    // Confined to loop.
    private String gateway;
    private GatewayEndpoint endpoint;
    private Channel channel;
    private State state = State.WAITING;
    private boolean enrolledOnce;
    private boolean countedConnected;
    private int failedAttempts;
    private int unanswered;
    private long nextMessageId;
    private int attemptToken;
    private boolean holdsPermit;
    private ScheduledFuture<?> timer;

    DeviceAgent(String name, String gateway, GatewayEndpoint endpoint, byte[] publicKeyDer, EventLoop loop,
            SharedClientTls tls, Shared shared) {
        this.name = name;
        this.gateway = gateway;
        this.endpoint = endpoint;
        this.publicKeyDer = publicKeyDer.clone();
        this.loop = loop;
        this.tls = tls;
        this.shared = shared;
    }

    void start() {
        loop.execute(this::connect);
    }

    void moveTo(String nextGateway, GatewayEndpoint next) {
        loop.execute(() -> {
            if (state == State.STOPPED || next.equals(endpoint)) {
                return;
            }
            leave();
            gateway = nextGateway;
            endpoint = next;
            failedAttempts = 0;
            connect();
        });
    }

    /** Stops the agent; the returned future completes when its connection is closed. */
    io.netty.util.concurrent.Future<?> stop() {
        return loop.submit(() -> {
            if (state == State.STOPPED) {
                return;
            }
            leave();
            state = State.STOPPED;
            tls.unregister(name);
            shared.counters().started.decrementAndGet();
            if (enrolledOnce) {
                shared.counters().enrolled.decrementAndGet();
            }
        });
    }

    /** Closes the current connection on purpose: no drop is reported. */
    private void leave() {
        cancelTimer();
        attemptToken++; // an admission still waiting in the gate is void
        releasePermit();
        Channel c = channel;
        channel = null;
        if (c != null) {
            c.close();
        }
        disconnected();
    }

    /** Asks the gate for a place; connects when admitted. */
    private void connect() {
        if (state == State.STOPPED) {
            return;
        }
        cancelTimer();
        state = State.QUEUED;
        int token = ++attemptToken;
        shared.gate().enter(() -> loop.execute(() -> admitted(token)));
    }

    private void admitted(int token) {
        if (token != attemptToken || state != State.QUEUED) {
            shared.gate().leave();
            return;
        }
        holdsPermit = true;
        state = State.CONNECTING;
        GatewayEndpoint target = endpoint;
        ChannelFuture connect = shared.bootstrap().clone(loop)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(tls.newHandler(name, target));
                        Framing.addClientSide(ch.pipeline(), shared.codec(), shared.settings().maxFrameBytes());
                        ch.pipeline().addLast(new Connection(target));
                    }
                })
                .connect(target.host(), target.port());
        Channel c = connect.channel();
        channel = c;
        timer = loop.schedule(() -> {
            if (channel == c && state != State.ENROLLED) {
                failed(c, "enrollment did not complete within "
                        + TimeUnit.NANOSECONDS.toMillis(shared.settings().enrollmentTimeoutNanos()) + " ms");
            }
        }, shared.settings().enrollmentTimeoutNanos(), TimeUnit.NANOSECONDS);
        connect.addListener((ChannelFuture f) -> {
            if (!f.isSuccess() && channel == c) {
                failed(c, "cannot connect: " + f.cause().getMessage());
            }
        });
    }

    /** The connection {@code c} ended or must end without enrolling: an error, then back off. */
    private void failed(Channel c, String why) {
        if (channel != c) {
            return;
        }
        channel = null;
        c.close();
        cancelTimer();
        releasePermit();
        shared.counters().error("device " + name + ", gateway " + describeGateway() + ": " + why);
        backOff();
    }

    /** The enrolled connection {@code c} was lost without the agent asking. */
    private void dropped(Channel c) {
        if (channel != c) {
            return;
        }
        channel = null;
        cancelTimer();
        disconnected();
        shared.counters().drops.increment();
        shared.timeline().record(name, DeviceEventKind.CONNECTION_DROPPED, gateway);
        backOff();
    }

    private void backOff() {
        if (state == State.STOPPED) {
            return;
        }
        state = State.WAITING;
        failedAttempts++;
        timer = loop.schedule(this::connect, shared.settings().backoff().waitNanos(name, failedAttempts),
                TimeUnit.NANOSECONDS);
    }

    private void releasePermit() {
        if (holdsPermit) {
            holdsPermit = false;
            shared.gate().leave();
        }
    }

    private void enrolled() {
        cancelTimer();
        releasePermit();
        state = State.ENROLLED;
        failedAttempts = 0;
        unanswered = 0;
        shared.timeline().record(name, enrolledOnce ? DeviceEventKind.RE_ENROLLED : DeviceEventKind.ENROLLED, gateway);
        shared.timeline().record(name, DeviceEventKind.CONNECTED, gateway);
        if (!enrolledOnce) {
            enrolledOnce = true;
            shared.counters().enrolled.incrementAndGet();
        }
        countedConnected = true;
        shared.counters().connected.incrementAndGet();
        long interval = shared.settings().heartbeatIntervalNanos();
        Channel c = channel;
        timer = loop.scheduleAtFixedRate(() -> heartbeat(c), interval, interval, TimeUnit.NANOSECONDS);
    }

    private void heartbeat(Channel c) {
        if (channel != c || state != State.ENROLLED) {
            return;
        }
        if (unanswered >= shared.settings().silenceLimit()) {
            c.close(); // reported as a drop by the connection's channelInactive
            return;
        }
        unanswered++;
        send(c, new ClientMessage.Heartbeat());
    }

    private void disconnected() {
        if (countedConnected) {
            countedConnected = false;
            shared.counters().connected.decrementAndGet();
        }
    }

    private void send(Channel c, ClientMessage message) {
        Envelope<ClientMessage> envelope = new Envelope<>(nextMessageId, message);
        nextMessageId = Envelope.nextId(nextMessageId);
        c.writeAndFlush(envelope, c.voidPromise());
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    private String describeGateway() {
        return (gateway.isEmpty() ? "" : gateway + " ") + "(" + endpoint + ")";
    }

    /** The handler of one connection; it acts only while its channel is the agent's current one. */
    private final class Connection extends SimpleChannelInboundHandler<Envelope<?>> {

        private final GatewayEndpoint target;
        private String failure;

        Connection(GatewayEndpoint target) {
            super(false);
            this.target = target;
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
            if (evt instanceof SslHandshakeCompletionEvent done && ctx.channel() == channel) {
                if (done.isSuccess()) {
                    state = State.ENROLLING;
                    send(ctx.channel(), new ClientMessage.EnrollmentRequest());
                } else {
                    failure = "the TLS handshake failed: " + rootMessage(done.cause());
                }
            }
            super.userEventTriggered(ctx, evt);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, Envelope<?> envelope) {
            Channel c = ctx.channel();
            if (c != channel) {
                return;
            }
            unanswered = 0;
            Object m = envelope.message();
            if (m instanceof ServerMessage.HeartbeatAck) {
                shared.counters().heartbeats.increment();
            } else if (m instanceof ServerMessage.EnrollmentAccepted && state == State.ENROLLING) {
                send(c, new ClientMessage.PublicKey(publicKeyDer));
            } else if (m instanceof ServerMessage.DeviceUuid && state == State.ENROLLING) {
                send(c, new ClientMessage.EnrollmentAcknowledgment());
            } else if (m instanceof ServerMessage.EnrollmentCompleted && state == State.ENROLLING) {
                enrolled();
            } else if (m instanceof ServerMessage.EnrollmentRejected rejected) {
                failed(c, "the gateway rejected the enrollment: " + rejected.reasonText());
            }
            // Application messages (deploy, stop, info requests) are outside what agents model.
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (failure == null) {
                failure = describe(cause);
            }
            ctx.close();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            Channel c = ctx.channel();
            if (c != channel) {
                return;
            }
            if (state == State.ENROLLED) {
                dropped(c);
            } else {
                failed(c, failure != null ? failure : "the gateway closed the connection before enrollment completed");
            }
        }

        private String describe(Throwable cause) {
            if (findSsl(cause) != null) {
                return "the gateway " + target + " refused the TLS connection (" + rootMessage(cause)
                        + "); the device certificate must be signed by the gateway's CA and carry CN=" + name;
            }
            return rootMessage(cause);
        }
    }

    private static SSLException findSsl(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SSLException ssl) {
                return ssl;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
