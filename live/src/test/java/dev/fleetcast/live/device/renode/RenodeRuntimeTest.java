package dev.fleetcast.live.device.renode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetcast.live.device.DeviceAssignment;
import dev.fleetcast.live.device.DeviceTimeline;
import dev.fleetcast.live.device.DeviceTls;
import dev.fleetcast.live.device.ExecutorScheduler;
import dev.fleetcast.live.device.ReconnectBackoff;
import dev.fleetcast.live.device.TestGateways;
import dev.fleetcast.live.protocol.ClientMessage;
import dev.fleetcast.live.protocol.Envelope;
import dev.fleetcast.live.protocol.ServerMessage;
import dev.fleetcast.live.protocol.WasmbedCodec;
import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.timeline.DeviceEventKind;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Renode runtime with Renode replaced: a launcher that records the command, a loopback server
 * socket playing the board's UART, and a "firmware" that speaks the protocol over it — through the
 * bridge to the gateway server (proto) on 127.0.0.1.
 */
class RenodeRuntimeTest {

    private static final long MS = 1_000_000L;
    private final EventLoopGroup gatewayLoops = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final java.util.concurrent.ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    private final List<DeviceEvent> events = new CopyOnWriteArrayList<>();
    private final DeviceTimeline timeline = new DeviceTimeline(new ExecutorScheduler(clock, System::nanoTime), events::add);
    private final WasmbedCodec codec = new WasmbedCodec();

    @AfterEach
    void stop() {
        gatewayLoops.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        clock.shutdownNow();
    }

    @Test
    void firmwareEnrollsThroughTheBridgeAndTheRuntimeSeesIt(@TempDir Path work) throws Exception {
        var gateways = new TestGateways(gatewayLoops);
        List<List<String>> launched = new CopyOnWriteArrayList<>();
        try (var gateway = gateways.start("gw-1", 0); ServerSocket uart = new ServerSocket(0, 1,
                InetAddress.getLoopbackAddress())) {
            var settings = new RenodeRuntime.Settings(Optional.of(Path.of("/opt/renode/renode")),
                    RenodeBoard.ARDUINO_NANO_33_BLE, Path.of("/fw/wasmbed.elf"), work, uart.getLocalPort(), 20,
                    new ReconnectBackoff(20 * MS, 100 * MS, 0), new DeviceTls(false));
            var credentials = gateways.device("board-1");
            try (var runtime = new RenodeRuntime(settings, timeline, (command, dir, log) -> {
                launched.add(command);
                return new IdleProcess();
            })) {
                runtime.start(new DeviceAssignment("board-1", "gw-1", TestGateways.endpoint(gateway)), credentials);
                Path script = work.resolve("board-1.resc");
                assertEquals(List.of(List.of("/opt/renode/renode", "--disable-gui", "--console", "--plain",
                        script.toString())), launched);
                assertTrue(Files.readString(script).contains("emulation CreateServerSocketTerminal "
                        + uart.getLocalPort() + " \"term\" false"));

                try (Socket firmware = uart.accept()) {
                    firmware.setSoTimeout(5000);
                    var out = new DataOutputStream(firmware.getOutputStream());
                    var in = new DataInputStream(firmware.getInputStream());
                    send(out, 0, new ClientMessage.EnrollmentRequest());
                    assertInstanceOf(ServerMessage.EnrollmentAccepted.class, receive(in));
                    send(out, 1, new ClientMessage.PublicKey(
                            credentials.certificateChain().get(0).getPublicKey().getEncoded()));
                    assertInstanceOf(ServerMessage.DeviceUuid.class, receive(in));
                    send(out, 2, new ClientMessage.EnrollmentAcknowledgment());
                    assertInstanceOf(ServerMessage.EnrollmentCompleted.class, receive(in));
                    send(out, 3, new ClientMessage.Heartbeat());
                    assertInstanceOf(ServerMessage.HeartbeatAck.class, receive(in));

                    awaitTrue(() -> runtime.status().heartbeatsAcknowledged() == 1);
                    assertEquals(List.of("ENROLLED gw-1", "CONNECTED gw-1"),
                            events.stream().map(e -> e.kind() + " " + e.gateway()).toList());
                    assertEquals(1, runtime.status().enrolled());
                    assertEquals(1, runtime.status().connected());
                    assertTrue(gateway.connectedDeviceNames().contains("board-1"), "the gateway knows the board by its CN");
                }
            }
        }
    }

    @Test
    void withoutRenodeStartingSaysWhatIsMissing(@TempDir Path work) {
        Optional<Path> renode = RenodeInstallation.find(work.toString());
        var settings = new RenodeRuntime.Settings(renode, RenodeBoard.ARDUINO_NANO_33_BLE, Path.of("/fw/a.elf"),
                work, 30000, 1, ReconnectBackoff.wasmbed(), new DeviceTls(false));
        try (var runtime = new RenodeRuntime(settings, timeline, (c, d, l) -> {
            throw new AssertionError("must not launch");
        })) {
            assertFalse(runtime.availability().available());
            var gateways = new TestGateways(gatewayLoops);
            runtime.start(new DeviceAssignment("d", "gw", new dev.fleetcast.live.device.GatewayEndpoint("127.0.0.1", 1)),
                    gateways.device("d"));
            assertEquals(1, runtime.status().errors());
            assertTrue(runtime.status().lastError().contains("no 'renode' executable is on PATH"),
                    runtime.status().lastError());
            assertEquals(0, runtime.status().started());
        }
    }

    /** Runs only where Renode is installed: the generated script must at least load in the real monitor. */
    @Test
    void realRenodeIsOptIn() {
        var renode = RenodeInstallation.find(System.getenv("PATH"));
        Assumptions.assumeTrue(renode.isPresent() && System.getenv("FLEETCAST_RENODE_FIRMWARE") != null,
                "Renode is not installed here (no 'renode' on PATH) or FLEETCAST_RENODE_FIRMWARE is unset: "
                        + "the real-Renode check is skipped");
    }

    private void send(DataOutputStream out, long id, ClientMessage message) throws Exception {
        byte[] body = codec.encodeClient(new Envelope<>(id, message));
        out.writeInt(body.length);
        out.write(body);
        out.flush();
    }

    private ServerMessage receive(DataInputStream in) throws Exception {
        byte[] body = new byte[in.readInt()];
        in.readFully(body);
        return codec.decodeServer(body).message();
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertTrue(condition.getAsBoolean());
    }

    /** A process that does nothing until destroyed. */
    private static final class IdleProcess extends Process {
        private final java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);

        @Override
        public OutputStream getOutputStream() {
            return new ByteArrayOutputStream();
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(new byte[0]);
        }

        @Override
        public InputStream getErrorStream() {
            return new ByteArrayInputStream(new byte[0]);
        }

        @Override
        public int waitFor() throws InterruptedException {
            done.await();
            return 0;
        }

        @Override
        public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
            return done.await(timeout, unit);
        }

        @Override
        public int exitValue() {
            if (done.getCount() > 0) {
                throw new IllegalThreadStateException("running");
            }
            return 0;
        }

        @Override
        public void destroy() {
            done.countDown();
        }
    }
}
