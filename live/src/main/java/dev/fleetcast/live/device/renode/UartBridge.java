package dev.fleetcast.live.device.renode;

import dev.fleetcast.live.device.DeviceTls;
import dev.fleetcast.live.device.GatewayEndpoint;
import dev.fleetcast.live.device.ReconnectBackoff;
import dev.fleetcast.live.protocol.ServerMessage;
import dev.fleetcast.live.protocol.WasmbedCodec;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.util.ReferenceCountUtil;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Carries a board's UART byte stream to its gateway and back: one plain TCP connection to the
 * UART's server socket (Renode's {@code CreateServerSocketTerminal}), one mutual-TLS connection to
 * the gateway, bytes copied both ways unchanged. The firmware speaks the protocol; the bridge adds
 * TLS only.
 *
 * <p>The UART side is read only while the gateway side is up, so the firmware's first frames wait
 * in the socket until the gateway accepts (TCP flow control, not a buffer here). When the gateway
 * drops, the bridge reconnects with backoff and the listener hears of it; the firmware sees a
 * stall and must recover by its own timeouts. When the UART side closes (Renode exited), the bridge
 * closes for good. All state lives on one event loop. Thread-safe.
 */
public final class UartBridge implements AutoCloseable {

    /** What happens to a bridge, called on its event loop. */
    public interface Listener {
        /** The TLS handshake with {@code gateway} succeeded; bytes flow. */
        void gatewayConnected(GatewayEndpoint gateway);

        /** The gateway connection was lost (or could not be made) without the bridge asking. */
        void gatewayLost(GatewayEndpoint gateway, String why);

        /** The UART side closed or never opened; the bridge is finished. */
        void uartClosed(String why);

        /** The gateway sent the firmware {@code message} (as far as the stream parses; see FrameTap). */
        default void gatewaySent(GatewayEndpoint gateway, ServerMessage message) {
        }
    }

    private final String device;
    private final GatewayEndpoint uart;
    private final SslContext tls;
    private final DeviceTls tlsRules;
    private final ReconnectBackoff backoff;
    private final Listener listener;
    private final EventLoop loop;
    private final int uartAttempts;
    private final WasmbedCodec codec = new WasmbedCodec();

    // Confined to loop.
    private Channel uartChannel;
    private Channel gatewayChannel;
    private GatewayEndpoint gateway;
    private int failedAttempts;
    private boolean closed;

    /**
     * @param device the device's name (for backoff spread and messages)
     * @param group where the bridge's two connections run (one of its loops is taken)
     * @param uart the UART's server socket
     * @param gateway the first gateway
     * @param tls the device's TLS client context
     * @param uartAttempts how many times to try the UART socket (Renode opens it once the script ran)
     */
    public UartBridge(String device, EventLoopGroup group, GatewayEndpoint uart, GatewayEndpoint gateway,
            SslContext tls, DeviceTls tlsRules, ReconnectBackoff backoff, int uartAttempts, Listener listener) {
        this.device = Objects.requireNonNull(device, "device");
        this.loop = group.next();
        this.uart = Objects.requireNonNull(uart, "uart");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.tls = Objects.requireNonNull(tls, "tls");
        this.tlsRules = Objects.requireNonNull(tlsRules, "tlsRules");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.listener = Objects.requireNonNull(listener, "listener");
        if (uartAttempts < 1) {
            throw new IllegalArgumentException("uart bridge " + device + ": uartAttempts must be at least 1, was "
                    + uartAttempts);
        }
        this.uartAttempts = uartAttempts;
    }

    /** Starts: connect the UART side (retrying while Renode starts), then the gateway. */
    public void start() {
        loop.execute(() -> connectUart(1));
    }

    /** Leaves the current gateway and connects to {@code next}. */
    public void moveTo(GatewayEndpoint next) {
        Objects.requireNonNull(next, "next");
        loop.execute(() -> {
            if (closed || next.equals(gateway)) {
                return;
            }
            gateway = next;
            failedAttempts = 0;
            Channel old = gatewayChannel;
            gatewayChannel = null;
            if (old != null) {
                old.close();
            }
            if (uartChannel != null) {
                uartChannel.config().setAutoRead(false);
                connectGateway();
            }
        });
    }

    @Override
    public void close() {
        loop.execute(() -> {
            closed = true;
            if (gatewayChannel != null) {
                gatewayChannel.close();
            }
            if (uartChannel != null) {
                uartChannel.close();
            }
        });
    }

    private void connectUart(int attempt) {
        if (closed) {
            return;
        }
        new Bootstrap().group(loop).channel(NioSocketChannel.class)
                .option(ChannelOption.AUTO_READ, false)
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new UartSide());
                    }
                })
                .connect(uart.host(), uart.port()).addListener((ChannelFuture f) -> {
                    if (f.isSuccess()) {
                        uartChannel = f.channel();
                        if (closed) {
                            uartChannel.close();
                            return;
                        }
                        connectGateway();
                    } else if (attempt >= uartAttempts) {
                        closed = true;
                        listener.uartClosed("device " + device + ": the UART socket " + uart + " did not accept after "
                                + attempt + " attempts (" + f.cause().getMessage() + ")");
                    } else {
                        loop.schedule(() -> connectUart(attempt + 1), backoff.waitNanos(device, attempt),
                                TimeUnit.NANOSECONDS);
                    }
                });
    }

    private void connectGateway() {
        if (closed) {
            return;
        }
        GatewayEndpoint target = gateway;
        ChannelFuture connect = new Bootstrap().group(loop).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(tlsRules.handler(tls, ch.alloc(), target), new GatewaySide(target));
                    }
                })
                .connect(target.host(), target.port());
        gatewayChannel = connect.channel();
        connect.addListener((ChannelFuture f) -> {
            if (!f.isSuccess() && f.channel() == gatewayChannel) {
                gatewayChannel = null;
                gatewayFailed(target, "connect: " + f.cause().getMessage());
            }
        });
    }

    private void gatewayFailed(GatewayEndpoint target, String why) {
        if (closed || !target.equals(gateway)) {
            return;
        }
        if (uartChannel != null) {
            uartChannel.config().setAutoRead(false);
        }
        listener.gatewayLost(target, why);
        failedAttempts++;
        loop.schedule(() -> {
            if (gatewayChannel == null && target.equals(gateway)) {
                connectGateway();
            }
        }, backoff.waitNanos(device, failedAttempts), TimeUnit.NANOSECONDS);
    }

    /** Bytes from the firmware go to the gateway. */
    private final class UartSide extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            Channel out = gatewayChannel;
            if (out != null && out.isActive()) {
                out.writeAndFlush(msg);
                if (!out.isWritable()) {
                    ctx.channel().config().setAutoRead(false);
                }
            } else {
                ReferenceCountUtil.release(msg);
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (closed) {
                return;
            }
            closed = true;
            if (gatewayChannel != null) {
                gatewayChannel.close();
            }
            listener.uartClosed("device " + device + ": the UART socket " + uart + " closed (Renode exited?)");
        }

        @Override
        public void channelWritabilityChanged(ChannelHandlerContext ctx) {
            Channel out = gatewayChannel;
            if (ctx.channel().isWritable() && out != null) {
                out.config().setAutoRead(true);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    /** Bytes from the gateway go to the firmware. */
    private final class GatewaySide extends ChannelInboundHandlerAdapter {
        private final GatewayEndpoint target;
        private final FrameTap tap;
        private boolean handshaken;

        GatewaySide(GatewayEndpoint target) {
            this.target = target;
            this.tap = new FrameTap(codec, message -> listener.gatewaySent(target, message));
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            if (evt instanceof SslHandshakeCompletionEvent done && ctx.channel() == gatewayChannel) {
                if (done.isSuccess()) {
                    handshaken = true;
                    failedAttempts = 0;
                    listener.gatewayConnected(target);
                    uartChannel.config().setAutoRead(true);
                } else {
                    handshaken = true; // reported here; channelInactive must not report again
                    gatewayChannel = null;
                    ctx.close();
                    gatewayFailed(target, "TLS handshake: " + done.cause().getMessage());
                }
            }
            ctx.fireUserEventTriggered(evt);
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof ByteBuf bytes && !tap.isOff()) {
                tap.accept(ByteBufUtil.getBytes(bytes));
            }
            Channel in = uartChannel;
            if (in != null && in.isActive()) {
                in.writeAndFlush(msg);
                if (!in.isWritable()) {
                    ctx.channel().config().setAutoRead(false);
                }
            } else {
                ReferenceCountUtil.release(msg);
            }
        }

        @Override
        public void channelWritabilityChanged(ChannelHandlerContext ctx) {
            if (ctx.channel().isWritable() && uartChannel != null) {
                uartChannel.config().setAutoRead(true);
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (ctx.channel() == gatewayChannel) {
                gatewayChannel = null;
                gatewayFailed(target, handshaken ? "the gateway closed the connection" : "closed before TLS completed");
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
