package dev.fleetcast.live.device.agent;

import dev.fleetcast.live.device.DeviceAssignment;
import dev.fleetcast.live.device.DeviceCredentials;
import dev.fleetcast.live.device.DeviceRuntime;
import dev.fleetcast.live.device.DeviceTimeline;
import dev.fleetcast.live.device.GatewayEndpoint;
import dev.fleetcast.live.device.RuntimeStatus;
import dev.fleetcast.live.protocol.WasmbedCodec;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Device agents in this JVM: one Netty event-loop group ({@link AgentSettings#ioThreads()} threads)
 * for all of them, one shared TLS context per set of trusted authorities. Built for thousands of
 * devices per process; see {@link DeviceAgent} for one device's life. Thread-safe.
 */
public final class AgentRuntime implements DeviceRuntime {

    private final EventLoopGroup group;
    private final DeviceAgent.Shared shared;
    private final Map<String, DeviceAgent> agents = new ConcurrentHashMap<>();
    private final Map<List<X509Certificate>, SharedClientTls> contexts = new ConcurrentHashMap<>();
    private final AgentSettings settings;

    public AgentRuntime(AgentSettings settings, DeviceTimeline timeline) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(timeline, "timeline");
        this.group = new MultiThreadIoEventLoopGroup(settings.ioThreads(),
                new DefaultThreadFactory("fleetcast-agents", true), NioIoHandler.newFactory());
        Bootstrap bootstrap = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, settings.connectTimeoutMillis());
        this.shared = new DeviceAgent.Shared(settings, timeline, new AgentCounters(), bootstrap, new WasmbedCodec(),
                new EnrollmentGate(settings.maxConcurrentEnrollments()));
    }

    @Override
    public String name() {
        return "agent";
    }

    @Override
    public Availability availability() {
        return Availability.yes("device agents in this JVM (" + settings.ioThreads() + " I/O threads)");
    }

    @Override
    public void start(DeviceAssignment assignment, DeviceCredentials credentials) {
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(credentials, "credentials");
        String device = assignment.device();
        agents.computeIfAbsent(device, d -> {
            SharedClientTls tls = contexts.computeIfAbsent(credentials.trustedAuthorities(),
                    cas -> new SharedClientTls(cas, settings.verifyHostname()));
            tls.register(d, credentials);
            byte[] publicKey = credentials.certificateChain().get(0).getPublicKey().getEncoded();
            DeviceAgent agent = new DeviceAgent(d, assignment.gateway(), assignment.endpoint(), publicKey,
                    group.next(), tls, shared);
            shared.counters().started.incrementAndGet();
            agent.start();
            return agent;
        });
    }

    @Override
    public void move(String device, String gateway, GatewayEndpoint endpoint) {
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(endpoint, "endpoint");
        DeviceAgent agent = agents.get(device);
        if (agent != null) {
            agent.moveTo(gateway, endpoint);
        }
    }

    @Override
    public void stop(String device) {
        DeviceAgent agent = agents.remove(device);
        if (agent != null) {
            agent.stop();
        }
    }

    @Override
    public RuntimeStatus status() {
        return shared.counters().snapshot();
    }

    @Override
    public void close() {
        List<io.netty.util.concurrent.Future<?>> stopping = new ArrayList<>();
        for (String device : List.copyOf(agents.keySet())) {
            DeviceAgent agent = agents.remove(device);
            if (agent != null) {
                stopping.add(agent.stop());
            }
        }
        for (var f : stopping) {
            f.awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(10, TimeUnit.SECONDS);
    }
}
