package dev.fleetcast.live.device.agent;

import dev.fleetcast.live.device.GatewayEndpoint;
import dev.fleetcast.live.device.TestPki;
import dev.fleetcast.live.protocol.ClientMessage;
import dev.fleetcast.live.protocol.Envelope;
import dev.fleetcast.live.protocol.Framing;
import dev.fleetcast.live.protocol.ServerMessage;
import dev.fleetcast.live.protocol.WasmbedCodec;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The gateway's side of the protocol, just enough to drive agents in tests: mutual TLS against the
 * test CA, the enrollment exchange, heartbeat acks; it can drop every connection or stop listening.
 * (The gateway server proper, with status reporting, is the proto branch's.)
 */
final class LoopbackGateway implements AutoCloseable {

    final Set<String> enrolled = ConcurrentHashMap.newKeySet();
    final Map<String, Channel> connections = new ConcurrentHashMap<>();
    final LongAdder heartbeats = new LongAdder();
    private final EventLoopGroup group;
    private final SslContext tls;
    private final WasmbedCodec codec = new WasmbedCodec();
    private Channel server;
    private int port;

    LoopbackGateway(EventLoopGroup group, TestPki pki, String name) throws Exception {
        this.group = group;
        var cert = pki.issue(name);
        tls = SslContextBuilder.forServer(cert.key(), cert.certificate()).trustManager(pki.ca())
                .clientAuth(ClientAuth.REQUIRE).build();
        listen(0);
    }

    void listen(int onPort) throws InterruptedException {
        server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(tls.newHandler(ch.alloc()));
                        Framing.addServerSide(ch.pipeline(), codec, Framing.DEFAULT_MAX_FRAME);
                        ch.pipeline().addLast(new Session());
                    }
                }).bind(InetAddress.getLoopbackAddress(), onPort).sync().channel();
        port = ((InetSocketAddress) server.localAddress()).getPort();
    }

    GatewayEndpoint endpoint() {
        return new GatewayEndpoint("127.0.0.1", port);
    }

    /** Closes every device connection but keeps listening. */
    void dropAll() {
        connections.values().forEach(Channel::close);
    }

    /** Stops listening and drops every connection (a gateway that died). */
    void stopListening() {
        server.close().syncUninterruptibly();
        dropAll();
    }

    @Override
    public void close() {
        stopListening();
    }

    private final class Session extends SimpleChannelInboundHandler<Envelope<?>> {
        private String device;

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, Envelope<?> envelope) throws Exception {
            Object m = envelope.message();
            if (device == null) {
                var peer = (X509Certificate) ctx.pipeline().get(SslHandler.class).engine().getSession()
                        .getPeerCertificates()[0];
                device = peer.getSubjectX500Principal().getName().replaceFirst("^CN=", "");
                connections.put(device, ctx.channel());
            }
            ServerMessage reply = null;
            if (m instanceof ClientMessage.EnrollmentRequest) {
                reply = new ServerMessage.EnrollmentAccepted();
            } else if (m instanceof ClientMessage.PublicKey) {
                reply = new ServerMessage.DeviceUuid(UUID.nameUUIDFromBytes(device.getBytes()));
            } else if (m instanceof ClientMessage.EnrollmentAcknowledgment) {
                enrolled.add(device);
                reply = new ServerMessage.EnrollmentCompleted();
            } else if (m instanceof ClientMessage.Heartbeat) {
                heartbeats.increment();
                reply = new ServerMessage.HeartbeatAck();
            }
            if (reply != null) {
                ctx.writeAndFlush(envelope.reply(reply));
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (device != null) {
                if (connections.remove(device, ctx.channel())) {
                    enrolled.remove(device);
                }
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
