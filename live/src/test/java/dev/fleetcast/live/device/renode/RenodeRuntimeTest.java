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
 * bridge to the gateway server (proto) on 127.0.0.1. Two opt-in checks run real Renode where it is on
 * PATH: the generated script on an empty machine, and — with {@code FLEETCAST_RENODE_FIRMWARE} — a
 * firmware image enrolling through the runtime; elsewhere they skip with a message.
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

    static final String FIRMWARE = "FLEETCAST_RENODE_FIRMWARE";
    static final String BOARD = "FLEETCAST_RENODE_BOARD";
    static final String HOW_TO_RUN = "install Renode (https://renode.io) with 'renode' on PATH and set " + FIRMWARE
            + " to an ELF image for arduino_nano_33_ble that speaks WASMBED's device protocol on its UART (" + BOARD
            + " names another board, e.g. nrf52840)";
    /** What Renode's monitor prints when a command fails; it still exits 0 then. */
    static final List<String> MONITOR_ERRORS = List.of("There was an error executing command",
            "No such command or device", "Could not tokenize", "Bad parameters for command", "[ERROR]",
            "Exception");

    /**
     * Opt-in, with Renode and a firmware image: one board under the real runtime, its UART bridged to
     * a gateway server on 127.0.0.1, enrolls.
     */
    @Test
    void realRenodeBoardEnrollsWithALoopbackGateway(@TempDir Path work) throws Exception {
        Optional<Path> renode = RenodeInstallation.find(System.getenv("PATH"));
        String firmware = System.getenv(FIRMWARE);
        Assumptions.assumeTrue(renode.isPresent() && firmware != null && !firmware.isBlank(),
                () -> "the real-Renode enrollment check is skipped: " + (renode.isEmpty() ? "no 'renode' on PATH"
                        : FIRMWARE + " is unset") + "; to run it, " + HOW_TO_RUN);
        Assumptions.assumeTrue(Files.isRegularFile(Path.of(firmware)),
                () -> "the real-Renode enrollment check is skipped: " + FIRMWARE + "=" + firmware + " is not a file");
        RenodeBoard board = board();
        var gateways = new TestGateways(gatewayLoops);
        try (var gateway = gateways.start("gw-1", 0)) {
            var settings = new RenodeRuntime.Settings(renode, board, Path.of(firmware).toAbsolutePath(), work,
                    freePort(), 120, new ReconnectBackoff(500 * MS, 2_000 * MS, 0), new DeviceTls(false));
            try (var runtime = new RenodeRuntime(settings, timeline, ProcessLauncher.system())) {
                runtime.start(new DeviceAssignment("board-1", "gw-1", TestGateways.endpoint(gateway)),
                        gateways.device("board-1"));
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
                while (runtime.status().enrolled() < 1 && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                assertEquals(1, runtime.status().enrolled(), () -> "board-1 (" + board.name() + ", " + firmware
                        + ") did not enroll within 3 minutes; runtime " + runtime.status() + "; Renode's log:\n"
                        + tail(work.resolve("board-1.log")));
                assertTrue(events.stream().anyMatch(e -> e.kind() == DeviceEventKind.ENROLLED
                        && e.device().equals("board-1") && e.gateway().equals("gw-1")), events::toString);
                assertTrue(gateway.connectedDeviceNames().contains("board-1"), "the gateway knows the board by its CN");
            }
        }
    }

    /**
     * Opt-in, with Renode but no firmware: the generated script, without loading an image and without
     * starting the (empty) machine, runs headless as the runtime runs it — the board's platform loads,
     * the UART's socket terminal opens and is connected — and the monitor reports no error.
     */
    @Test
    void realRenodeAcceptsTheGeneratedScriptOnAnEmptyMachine(@TempDir Path work) throws Exception {
        Optional<Path> renode = RenodeInstallation.find(System.getenv("PATH"));
        Assumptions.assumeTrue(renode.isPresent(), () -> "the real-Renode script check is skipped: no 'renode' on "
                + "PATH; to run it, install Renode (https://renode.io) and put 'renode' on PATH (" + FIRMWARE
                + " then adds the enrollment check; " + BOARD + " picks the board, default arduino_nano_33_ble)");
        int port = freePort();
        RenodeScript generated = new RenodeScript("probe", board(), work.resolve("none.elf"), port);
        List<String> lines = generated.lines().stream()
                .filter(l -> !l.startsWith("sysbus LoadELF") && !l.equals("start")).toList();
        assertEquals(generated.lines().size() - 2, lines.size(), "only the image and the start are left out");
        Path script = Files.writeString(work.resolve("probe.resc"), String.join("\n", lines) + "\n");
        Path log = work.resolve("probe.log");
        Process process = ProcessLauncher.system().launch(RenodeScript.commandLine(renode.get(), script), work, log);
        try {
            boolean uartOpen = false;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!uartOpen && process.isAlive() && System.nanoTime() < deadline) {
                try (Socket uart = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    uartOpen = true;
                } catch (java.io.IOException notYet) {
                    Thread.sleep(250);
                }
            }
            assertTrue(uartOpen, () -> "Renode did not open the UART's socket terminal on port " + port
                    + " within 90 s; its log:\n" + tail(log));
            Thread.sleep(2_000); // the connector line and anything it logs
            process.getOutputStream().write("quit\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            process.getOutputStream().flush();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), () -> "Renode did not quit; its log:\n" + tail(log));
            String output = Files.readString(log);
            for (String error : MONITOR_ERRORS) {
                assertFalse(output.contains(error), () -> "Renode reported '" + error + "':\n" + output);
            }
            assertEquals(0, process.exitValue(), () -> "Renode's exit status; its log:\n" + output);
        } finally {
            process.destroyForcibly();
        }
    }

    private static RenodeBoard board() {
        String named = System.getenv(BOARD);
        return named == null || named.isBlank() ? RenodeBoard.ARDUINO_NANO_33_BLE : RenodeBoard.named(named);
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (java.io.IOException e) {
            return "(no log at " + log + ": " + e.getMessage() + ")";
        }
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
