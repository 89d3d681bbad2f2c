package dev.fleetcast.live.device.renode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetcast.live.device.DeviceTls;
import dev.fleetcast.live.device.GatewayEndpoint;
import dev.fleetcast.live.device.ReconnectBackoff;
import dev.fleetcast.live.device.TestPki;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bridge against a fake UART (a loopback server socket, as Renode's socket terminal is) and a
 * TLS server that requires the device's client certificate (a stand-in for the gateway: the bridge
 * carries bytes, so any mutual-TLS peer will do).
 */
class UartBridgeTest {

    private static final long MS = 1_000_000L;
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());

    @AfterEach
    void stop() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Test
    void carriesBytesBothWaysAndPresentsTheDeviceCertificate() throws Exception {
        var pki = new TestPki("test-ca");
        var gatewayCert = pki.issue("gateway-1");
        var gateway = new TlsPeer(pki, gatewayCert);
        try (ServerSocket uartServer = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            BlockingQueue<String> events = new LinkedBlockingQueue<>();
            var bridge = new UartBridge("device-1", group,
                    new GatewayEndpoint("127.0.0.1", uartServer.getLocalPort()), gateway.endpoint(),
                    new DeviceTls(false).clientContext(pki.device("device-1")), new DeviceTls(false),
                    new ReconnectBackoff(20 * MS, 100 * MS, 0), 5, recorder(events));
            bridge.start();
            try (Socket firmware = uartServer.accept()) {
                firmware.setSoTimeout(5000);
                assertEquals("connected " + gateway.endpoint(), events.poll(5, TimeUnit.SECONDS));
                assertEquals("CN=device-1", gateway.peerSubject.poll(5, TimeUnit.SECONDS));

                byte[] frame = {0, 0, 0, 3, (byte) 0xa3, 0x00, 0x01};
                firmware.getOutputStream().write(frame);
                firmware.getOutputStream().flush();
                assertArrayEquals(frame, gateway.read(frame.length));

                gateway.send("hello, firmware".getBytes(StandardCharsets.US_ASCII));
                assertEquals("hello, firmware", new String(readFully(firmware.getInputStream(), 15),
                        StandardCharsets.US_ASCII));

                gateway.dropClients();
                assertTrue(events.poll(5, TimeUnit.SECONDS).startsWith("lost " + gateway.endpoint()));
                assertEquals("connected " + gateway.endpoint(), events.poll(5, TimeUnit.SECONDS),
                        "the bridge reconnects after the backoff");
                firmware.getOutputStream().write(new byte[] {7, 8});
                firmware.getOutputStream().flush();
                assertArrayEquals(new byte[] {7, 8}, gateway.read(2));
            }
            assertTrue(events.poll(5, TimeUnit.SECONDS).startsWith("uart closed"), "Renode gone: the bridge ends");
            bridge.close();
        } finally {
            gateway.close();
        }
    }

    @Test
    void movesToAnotherGatewayAndLeavesTheFirst() throws Exception {
        var pki = new TestPki("test-ca");
        var first = new TlsPeer(pki, pki.issue("gateway-1"));
        var second = new TlsPeer(pki, pki.issue("gateway-2"));
        try (ServerSocket uartServer = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            BlockingQueue<String> events = new LinkedBlockingQueue<>();
            var bridge = new UartBridge("device-2", group,
                    new GatewayEndpoint("127.0.0.1", uartServer.getLocalPort()), first.endpoint(),
                    new DeviceTls(false).clientContext(pki.device("device-2")), new DeviceTls(false),
                    new ReconnectBackoff(20 * MS, 100 * MS, 0), 5, recorder(events));
            bridge.start();
            try (Socket firmware = uartServer.accept()) {
                assertEquals("connected " + first.endpoint(), events.poll(5, TimeUnit.SECONDS));
                bridge.moveTo(second.endpoint());
                assertEquals("connected " + second.endpoint(), events.poll(5, TimeUnit.SECONDS));
                assertTrue(first.awaitNoClients(), "the old gateway's connection is closed");
                firmware.getOutputStream().write(new byte[] {1, 2, 3});
                firmware.getOutputStream().flush();
                assertArrayEquals(new byte[] {1, 2, 3}, second.read(3));
                assertEquals(null, events.poll(200, TimeUnit.MILLISECONDS), "a move is not a loss");
            }
            bridge.close();
        } finally {
            first.close();
            second.close();
        }
    }

    @Test
    void aUartThatNeverOpensEndsTheBridgeWithAMessage() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        var pki = new TestPki("test-ca");
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        var bridge = new UartBridge("device-3", group, new GatewayEndpoint("127.0.0.1", closedPort),
                new GatewayEndpoint("127.0.0.1", 1), new DeviceTls(false).clientContext(pki.device("device-3")),
                new DeviceTls(false), new ReconnectBackoff(MS, 2 * MS, 0), 3, recorder(events));
        bridge.start();
        String event = events.poll(5, TimeUnit.SECONDS);
        assertTrue(event.startsWith("uart closed") && event.contains("did not accept after 3 attempts"), event);
    }

    private static UartBridge.Listener recorder(BlockingQueue<String> events) {
        return new UartBridge.Listener() {
            @Override
            public void gatewayConnected(GatewayEndpoint gateway) {
                events.add("connected " + gateway);
            }

            @Override
            public void gatewayLost(GatewayEndpoint gateway, String why) {
                events.add("lost " + gateway + ": " + why);
            }

            @Override
            public void uartClosed(String why) {
                events.add("uart closed: " + why);
            }
        };
    }

    private static byte[] readFully(InputStream in, int n) throws Exception {
        byte[] out = in.readNBytes(n);
        assertEquals(n, out.length);
        return out;
    }

    /** A mutual-TLS server that records what it receives and the client's subject. */
    private final class TlsPeer implements AutoCloseable {
        final BlockingQueue<String> peerSubject = new LinkedBlockingQueue<>();
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();
        private final java.util.Set<Channel> clients = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final Channel server;

        TlsPeer(TestPki pki, TestPki.Issued cert) throws Exception {
            var context = SslContextBuilder.forServer(cert.key(), cert.certificate())
                    .trustManager(pki.ca()).clientAuth(ClientAuth.REQUIRE).build();
            server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            clients.add(ch);
                            ch.closeFuture().addListener(f -> clients.remove(ch));
                            ch.pipeline().addLast(context.newHandler(ch.alloc()), new SimpleChannelInboundHandler<ByteBuf>() {
                                @Override
                                protected void channelRead0(ChannelHandlerContext ctx, ByteBuf msg) {
                                    byte[] bytes = new byte[msg.readableBytes()];
                                    msg.readBytes(bytes);
                                    synchronized (received) {
                                        received.writeBytes(bytes);
                                        received.notifyAll();
                                    }
                                }

                                @Override
                                public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
                                    if (evt instanceof SslHandshakeCompletionEvent done && done.isSuccess()) {
                                        var peer = (X509Certificate) ctx.pipeline().get(SslHandler.class).engine()
                                                .getSession().getPeerCertificates()[0];
                                        peerSubject.add(peer.getSubjectX500Principal().getName());
                                    }
                                    super.userEventTriggered(ctx, evt);
                                }
                            });
                        }
                    }).bind(InetAddress.getLoopbackAddress(), 0).sync().channel();
        }

        GatewayEndpoint endpoint() {
            return new GatewayEndpoint("127.0.0.1", ((java.net.InetSocketAddress) server.localAddress()).getPort());
        }

        byte[] read(int n) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            synchronized (received) {
                while (received.size() < n && System.nanoTime() < deadline) {
                    received.wait(100);
                }
                byte[] all = received.toByteArray();
                received.reset();
                return all;
            }
        }

        void send(byte[] bytes) {
            clients.forEach(c -> c.writeAndFlush(Unpooled.wrappedBuffer(bytes)));
        }

        void dropClients() {
            clients.forEach(Channel::close);
        }

        boolean awaitNoClients() throws InterruptedException {
            for (int i = 0; i < 50 && !clients.isEmpty(); i++) {
                Thread.sleep(100);
            }
            return clients.isEmpty();
        }

        @Override
        public void close() {
            dropClients();
            server.close().syncUninterruptibly();
        }
    }
}
