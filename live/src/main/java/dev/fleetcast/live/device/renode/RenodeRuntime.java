package dev.fleetcast.live.device.renode;

import dev.fleetcast.live.device.DeviceAssignment;
import dev.fleetcast.live.device.DeviceCredentials;
import dev.fleetcast.live.device.DeviceRuntime;
import dev.fleetcast.live.device.DeviceTimeline;
import dev.fleetcast.live.device.DeviceTls;
import dev.fleetcast.live.device.GatewayEndpoint;
import dev.fleetcast.live.device.ReconnectBackoff;
import dev.fleetcast.live.device.RuntimeStatus;
import dev.fleetcast.live.protocol.ServerMessage;
import dev.fleetcast.model.timeline.DeviceEventKind;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The experimental Renode runtime: each device is one headless Renode process running the user's
 * firmware on the chosen board, its UART exposed on a local TCP port (the first free one from
 * {@link Settings#firstUartPort()} upwards, one per device) and carried to the gateway by a
 * {@link UartBridge}. Enrollment is the firmware's: the runtime learns of it by watching the
 * gateway's replies ({@code EnrollmentCompleted} → ENROLLED / RE_ENROLLED and CONNECTED; a
 * {@code HeartbeatAck} counts as a heartbeat). A move re-points the bridge; the firmware sees its
 * connection end and must enroll again on its own.
 *
 * <p>Renode runs no faster than real time and each board is a full emulation: this runtime is for
 * a handful of devices next to a fleet of agents, not for thousands. Thread-safe.
 */
public final class RenodeRuntime implements DeviceRuntime {

    /**
     * @param renode the renode executable, or empty when none was found (then every start fails with
     *     {@link #availability()}'s message)
     * @param board the emulated board
     * @param firmware the ELF image every device runs
     * @param workDir where scripts and Renode logs are written
     * @param firstUartPort the lowest UART port to use
     * @param uartAttempts how often to try a UART socket while Renode starts
     */
    public record Settings(Optional<Path> renode, RenodeBoard board, Path firmware, Path workDir, int firstUartPort,
            int uartAttempts, ReconnectBackoff backoff, DeviceTls tls) {

        public Settings {
            Objects.requireNonNull(renode, "renode");
            Objects.requireNonNull(board, "board");
            Objects.requireNonNull(firmware, "firmware");
            Objects.requireNonNull(workDir, "workDir");
            Objects.requireNonNull(backoff, "backoff");
            Objects.requireNonNull(tls, "tls");
            if (firstUartPort < 1024 || firstUartPort > 65_535) {
                throw new IllegalArgumentException("renode: first UART port must be in 1024-65535, was " + firstUartPort);
            }
            if (uartAttempts < 1) {
                throw new IllegalArgumentException("renode: uartAttempts must be at least 1, was " + uartAttempts);
            }
        }
    }

    private final Settings settings;
    private final DeviceTimeline timeline;
    private final ProcessLauncher launcher;
    private final EventLoopGroup group;
    private final Map<String, Board> boards = new ConcurrentHashMap<>();
    private final AtomicInteger nextPort;
    private final AtomicInteger enrolled = new AtomicInteger();
    private final AtomicInteger connected = new AtomicInteger();
    private final LongAdder heartbeats = new LongAdder();
    private final LongAdder drops = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private volatile String lastError = "";

    public RenodeRuntime(Settings settings, DeviceTimeline timeline, ProcessLauncher launcher) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.launcher = Objects.requireNonNull(launcher, "launcher");
        this.nextPort = new AtomicInteger(settings.firstUartPort());
        this.group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("fleetcast-renode", true),
                NioIoHandler.newFactory());
    }

    @Override
    public String name() {
        return "renode";
    }

    @Override
    public Availability availability() {
        return settings.renode().map(p -> Availability.yes("renode at " + p + " (experimental runtime)"))
                .orElseGet(() -> Availability.no("the renode runtime needs Renode, and no 'renode' executable is on "
                        + "PATH; " + RenodeInstallation.HOW_TO_INSTALL));
    }

    /** Synchronized: two starts of one device must not launch two Renodes (and launches are few). */
    @Override
    public synchronized void start(DeviceAssignment assignment, DeviceCredentials credentials) {
        String device = assignment.device();
        if (boards.containsKey(device)) {
            return;
        }
        Availability availability = availability();
        if (!availability.available()) {
            error("device " + device + ": " + availability.reason());
            return;
        }
        try {
            int port = nextPort.getAndIncrement();
            RenodeScript script = new RenodeScript(device, settings.board(), settings.firmware(), port);
            Files.createDirectories(settings.workDir());
            Path scriptFile = settings.workDir().resolve(device + ".resc");
            Files.writeString(scriptFile, script.text(), StandardCharsets.UTF_8);
            Process process = launcher.launch(RenodeScript.commandLine(settings.renode().get(), scriptFile),
                    settings.workDir(), settings.workDir().resolve(device + ".log"));
            Board board = new Board(device, assignment.gateway(), process);
            board.bridge = new UartBridge(device, group, new GatewayEndpoint("127.0.0.1", port), assignment.endpoint(),
                    settings.tls().clientContext(credentials), settings.tls(), settings.backoff(),
                    settings.uartAttempts(), board);
            boards.put(device, board);
            board.bridge.start();
        } catch (IOException | RuntimeException e) {
            error("device " + device + ": cannot start Renode: " + e.getMessage());
        }
    }

    @Override
    public void move(String device, String gateway, GatewayEndpoint endpoint) {
        Board board = boards.get(device);
        if (board != null) {
            board.gateway = gateway;
            board.bridge.moveTo(endpoint);
        }
    }

    @Override
    public void stop(String device) {
        Board board = boards.remove(device);
        if (board != null) {
            board.stop();
        }
    }

    @Override
    public RuntimeStatus status() {
        return new RuntimeStatus(boards.size(), enrolled.get(), connected.get(), heartbeats.sum(), drops.sum(),
                errors.sum(), lastError);
    }

    @Override
    public void close() {
        for (String device : java.util.List.copyOf(boards.keySet())) {
            stop(device);
        }
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(10, TimeUnit.SECONDS);
    }

    private void error(String message) {
        errors.increment();
        lastError = message;
    }

    /** One emulated board: its Renode process and its bridge; bridge callbacks arrive on one event loop. */
    private final class Board implements UartBridge.Listener {
        final String device;
        final Process process;
        volatile String gateway;
        UartBridge bridge;
        private boolean enrolledOnce;
        private boolean isConnected;
        private boolean sessionEnrolled;

        Board(String device, String gateway, Process process) {
            this.device = device;
            this.gateway = gateway;
            this.process = process;
        }

        @Override
        public void gatewayConnected(GatewayEndpoint endpoint) {
            sessionEnrolled = false;
        }

        @Override
        public void gatewaySent(GatewayEndpoint endpoint, ServerMessage message) {
            if (message instanceof ServerMessage.EnrollmentCompleted && !sessionEnrolled) {
                sessionEnrolled = true;
                timeline.record(device, enrolledOnce ? DeviceEventKind.RE_ENROLLED : DeviceEventKind.ENROLLED, gateway);
                timeline.record(device, DeviceEventKind.CONNECTED, gateway);
                if (!enrolledOnce) {
                    enrolledOnce = true;
                    enrolled.incrementAndGet();
                }
                if (!isConnected) {
                    isConnected = true;
                    connected.incrementAndGet();
                }
            } else if (message instanceof ServerMessage.HeartbeatAck) {
                heartbeats.increment();
            } else if (message instanceof ServerMessage.EnrollmentRejected rejected) {
                error("device " + device + ": the gateway rejected the firmware's enrollment: " + rejected.reasonText());
            }
        }

        @Override
        public void gatewayLost(GatewayEndpoint endpoint, String why) {
            if (sessionEnrolled) {
                drops.increment();
                timeline.record(device, DeviceEventKind.CONNECTION_DROPPED, gateway);
            } else {
                error("device " + device + ", gateway " + endpoint + ": " + why);
            }
            sessionEnrolled = false;
            disconnect();
        }

        @Override
        public void uartClosed(String why) {
            error(why);
            disconnect();
        }

        private void disconnect() {
            if (isConnected) {
                isConnected = false;
                connected.decrementAndGet();
            }
        }

        void stop() {
            bridge.close();
            try {
                process.getOutputStream().write("quit\n".getBytes(StandardCharsets.US_ASCII));
                process.getOutputStream().flush();
            } catch (IOException e) {
                // the monitor is gone already; destroy below
            }
            try {
                if (!process.waitFor(3, TimeUnit.SECONDS)) {
                    process.destroy();
                }
            } catch (InterruptedException e) {
                process.destroy();
                Thread.currentThread().interrupt();
            }
            group.execute(this::disconnect);
            if (enrolledOnce) {
                enrolled.decrementAndGet();
            }
        }
    }
}
