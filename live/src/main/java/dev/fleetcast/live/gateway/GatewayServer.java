package dev.fleetcast.live.gateway;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.fleetcast.live.protocol.Framing;
import dev.fleetcast.live.protocol.WasmbedCodec;

/**
 * A WASMBED gateway: a Netty TLS server (client certificates required) that enrolls devices and
 * acknowledges their heartbeats, marks silent devices Unreachable, and can drain. Lifecycle:
 * {@link #start()} binds (the port may be 0: read {@link #port()}), {@link #drain()} stops
 * accepting and closes every connection with a TLS close_notify so devices fail over,
 * {@link #close()} stops everything. Thread-safe.
 */
public final class GatewayServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayServer.class);

    private final GatewayServerConfig config;
    private final SslContext tls;
    private final DeviceStatusReporter reporter;
    private final Clock clock;
    private final EventLoopGroup group;
    private final boolean ownsGroup;
    private final WasmbedCodec codec = new WasmbedCodec();
    private final ConcurrentHashMap<String, DeviceSession> sessions = new ConcurrentHashMap<>();
    private final GatewayMetrics metrics;
    private volatile Channel listener;
    private volatile boolean draining;
    private volatile boolean closed;
    private volatile ScheduledFuture<?> monitor;

    /** A server with its own event loops (one per core). */
    public GatewayServer(GatewayServerConfig config, SslContext tls, DeviceStatusReporter reporter, Clock clock) {
        this(config, tls, reporter, clock, new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory()), true);
    }

    /** A server on shared event loops (several gateways and many device clients in one process); not shut down by close. */
    public GatewayServer(GatewayServerConfig config, SslContext tls, DeviceStatusReporter reporter, Clock clock,
            EventLoopGroup group) {
        this(config, tls, reporter, clock, group, false);
    }

    private GatewayServer(GatewayServerConfig config, SslContext tls, DeviceStatusReporter reporter, Clock clock,
            EventLoopGroup group, boolean ownsGroup) {
        this.config = Objects.requireNonNull(config, "config");
        this.tls = Objects.requireNonNull(tls, "tls");
        if (!tls.isServer()) {
            throw new IllegalArgumentException("the gateway needs a server SslContext");
        }
        this.reporter = Objects.requireNonNull(reporter, "reporter");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.group = group;
        this.ownsGroup = ownsGroup;
        this.metrics = new GatewayMetrics(config.name(), sessions::size);
    }

    /** Binds the TLS listener and starts the Unreachable monitor. */
    public synchronized GatewayServer start() throws InterruptedException {
        if (listener != null || closed) {
            throw new IllegalStateException("gateway " + config.name() + " was already started");
        }
        ServerBootstrap b = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast("tls", tls.newHandler(ch.alloc()));
                        Framing.addServerSide(ch.pipeline(), codec, config.maxFrameBytes());
                        ch.pipeline().addLast("session", new DeviceSession(GatewayServer.this));
                    }
                });
        listener = b.bind(config.bindHost(), config.port()).sync().channel();
        long every = config.monitorInterval().toMillis();
        monitor = group.scheduleAtFixedRate(this::checkHeartbeats, every, every, TimeUnit.MILLISECONDS);
        LOG.info("gateway {}: listening for devices on {}:{} (heartbeat timeout {})", config.name(), config.bindHost(),
                port(), config.heartbeatTimeout());
        return this;
    }

    public String name() {
        return config.name();
    }

    GatewayServerConfig config() {
        return config;
    }

    public GatewayMetrics metrics() {
        return metrics;
    }

    Instant now() {
        return clock.instant();
    }

    /** The bound TLS port. */
    public int port() {
        Channel l = listener;
        if (l == null) {
            throw new IllegalStateException("gateway " + config.name() + " is not started");
        }
        return ((InetSocketAddress) l.localAddress()).getPort();
    }

    /** Ready = the TLS listener is up and the gateway is not draining. */
    public boolean isReady() {
        Channel l = listener;
        return l != null && l.isActive() && !draining && !closed;
    }

    public boolean isDraining() {
        return draining;
    }

    /** Devices with an open, identified connection. */
    public int connectedDevices() {
        return sessions.size();
    }

    public Set<String> connectedDeviceNames() {
        return new TreeSet<>(sessions.keySet());
    }

    void register(DeviceSession session) {
        metrics.connections.increment();
        if (draining || closed) {
            session.closeAs(DeviceSession.CloseReason.DRAIN);
            return;
        }
        DeviceSession previous = sessions.put(session.device(), session);
        if (previous != null && previous != session) {
            // the device reconnected before its old connection died: the new one is the truth
            LOG.info("gateway {}: device {} connected again; closing its previous connection", config.name(),
                    session.device());
            previous.channel().eventLoop().execute(() -> previous.closeAs(DeviceSession.CloseReason.REPLACED));
        }
    }

    /** True when the session was the registered one for its device (and is now removed). */
    boolean unregister(DeviceSession session) {
        return sessions.remove(session.device(), session);
    }

    void report(Consumer<DeviceStatusReporter> call) {
        try {
            call.accept(reporter);
        } catch (RuntimeException e) {
            LOG.warn("gateway {}: status reporter failed", config.name(), e);
        }
    }

    /** One pass of the Unreachable monitor; runs by itself every monitorInterval, public for tests. */
    public void checkHeartbeats() {
        Instant now = clock.instant();
        for (DeviceSession s : sessions.values()) {
            Instant seen = s.lastSeen();
            if (seen != null && now.isAfter(seen.plus(config.heartbeatTimeout()))) {
                s.channel().eventLoop().execute(() -> s.closeIfStale(now, config.heartbeatTimeout()));
            }
        }
    }

    /**
     * Stops accepting connections and closes every device connection with a TLS close_notify, so
     * devices see a clean end and fail over; /readyz turns 503 at once. Returns the number of
     * connections being closed.
     */
    public int drain() {
        draining = true;
        Channel l = listener;
        if (l != null) {
            l.close();
        }
        int n = 0;
        for (DeviceSession s : sessions.values()) {
            s.channel().eventLoop().execute(() -> s.closeAs(DeviceSession.CloseReason.DRAIN));
            n++;
        }
        LOG.info("gateway {}: draining, closing {} device connection(s)", config.name(), n);
        return n;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        ScheduledFuture<?> m = monitor;
        if (m != null) {
            m.cancel(false);
        }
        Channel l = listener;
        if (l != null) {
            l.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
        java.util.List<DeviceSession> open = new java.util.ArrayList<>(sessions.values());
        for (DeviceSession s : open) {
            s.channel().eventLoop().execute(() -> s.closeAs(DeviceSession.CloseReason.SHUTDOWN));
        }
        // channelInactive (and its Disconnected report) runs after the close itself: wait for it, so
        // a reporter closed after this sees every event
        for (DeviceSession s : open) {
            try {
                s.finished.get(5, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                LOG.warn("gateway {}: connection of {} did not finish closing", config.name(), s.device());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (ownsGroup) {
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
        LOG.info("gateway {}: stopped", config.name());
    }
}
