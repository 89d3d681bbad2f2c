package dev.fleetcast.live.tls;

import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;

/** Runs one TLS handshake on loopback and reports the server's view of it. */
final class TlsTestSupport {

    private TlsTestSupport() {
    }

    /** Completes with the peer CN the server saw, or exceptionally with the client's handshake failure. */
    static String handshake(SslContext server, SslContext client, String host) throws Exception {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try {
            CompletableFuture<String> serverSaw = new CompletableFuture<>();
            Channel listener = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            SslHandler ssl = server.newHandler(ch.alloc());
                            ch.pipeline().addLast(ssl);
                            ssl.handshakeFuture().addListener(f -> {
                                if (f.isSuccess()) {
                                    serverSaw.complete(PeerIdentity.commonName(
                                            (java.security.cert.X509Certificate) ssl.engine().getSession().getPeerCertificates()[0]));
                                } else {
                                    serverSaw.completeExceptionally(f.cause());
                                }
                            });
                        }
                    }).bind("127.0.0.1", 0).sync().channel();
            int port = ((InetSocketAddress) listener.localAddress()).getPort();
            CompletableFuture<Void> clientDone = new CompletableFuture<>();
            Channel c = new Bootstrap().group(group).channel(NioSocketChannel.class)
                    .handler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            SslHandler ssl = client.newHandler(ch.alloc(), host, port);
                            ch.pipeline().addLast(ssl);
                            ssl.handshakeFuture().addListener(f -> {
                                if (f.isSuccess()) {
                                    clientDone.complete(null);
                                } else {
                                    clientDone.completeExceptionally(f.cause());
                                }
                            });
                        }
                    }).connect("127.0.0.1", port).sync().channel();
            try {
                // In TLS 1.3 the client may finish before the server rejects its certificate: wait for the server.
                String cn = serverSaw.get(10, TimeUnit.SECONDS);
                clientDone.get(10, TimeUnit.SECONDS);
                return cn;
            } finally {
                c.close();
                listener.close();
            }
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        }
    }
}
