package dev.fleetcast.bench.live;

import dev.fleetcast.live.device.DeviceAssignment;
import dev.fleetcast.live.device.DeviceCredentials;
import dev.fleetcast.live.device.DeviceTimeline;
import dev.fleetcast.live.device.DirectoryCredentials;
import dev.fleetcast.live.device.ExecutorScheduler;
import dev.fleetcast.live.device.GatewayEndpoint;
import dev.fleetcast.live.device.RuntimeStatus;
import dev.fleetcast.live.device.agent.AgentRuntime;
import dev.fleetcast.live.device.agent.AgentSettings;
import dev.fleetcast.live.gateway.DeviceStatusReporter;
import dev.fleetcast.live.gateway.GatewayServerConfig;
import dev.fleetcast.live.gateway.GatewayServer;
import dev.fleetcast.live.tls.CertificateAuthority;
import dev.fleetcast.live.tls.IssuedCertificate;
import dev.fleetcast.live.tls.Pem;
import dev.fleetcast.live.tls.TlsContexts;
import dev.fleetcast.model.timeline.DeviceEventKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The device-fleet harness: one gateway server (live.gateway) on 127.0.0.1 and N device agents
 * (live.device.agent) in this JVM, each with its own client certificate (CN = its name), all
 * started at once. Measured: time until every agent is enrolled and connected, the heartbeat rate
 * the gateway acknowledges over a window, heap in use after a GC with all connections up, live
 * threads, process CPU time, open file descriptors.
 *
 * <p>Each loopback connection costs two file descriptors when both ends live in one process, so
 * 10,000 devices need about 20,100. When the process's descriptor limit is lower, the gateway runs
 * in a child JVM (same class path; the agents' process then holds one descriptor per device), and
 * the table says so. Certificates are issued once into the certificate directory and reused on
 * later runs (issuing is timed separately and is not part of enrollment).
 *
 * <pre>
 * mvn -B -q -DskipTests -pl bench -am package
 * java -Xmx2g -cp bench/target/benchmarks.jar dev.fleetcast.bench.live.DeviceFleetScale \
 *     [DEVICES=10000] [HEARTBEAT=10s] [WINDOW=30s] [IO_THREADS=2] [CERT_DIR=bench/target/fleet-certs] [in-process|child|auto]
 * </pre>
 */
public final class DeviceFleetScale {

    private static final Duration DAY = Duration.ofDays(1);

    private DeviceFleetScale() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 1 && args[0].equals("gateway")) {
            gatewayChild(Path.of(args[1]));
            return;
        }
        int devices = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Duration heartbeat = args.length > 1 ? Duration.parse("PT" + args[1].toUpperCase(Locale.ROOT)) : Duration.ofSeconds(10);
        Duration window = args.length > 2 ? Duration.parse("PT" + args[2].toUpperCase(Locale.ROOT)) : Duration.ofSeconds(30);
        int ioThreads = args.length > 3 ? Integer.parseInt(args[3]) : Runtime.getRuntime().availableProcessors();
        Path certDir = Path.of(args.length > 4 ? args[4] : "bench/target/fleet-certs");
        String gatewayMode = args.length > 5 ? args[5] : "auto";

        long fdLimit = maxFileDescriptors();
        boolean child = gatewayMode.equals("child")
                || (gatewayMode.equals("auto") && fdLimit > 0 && 2L * devices + 300 > fdLimit);
        System.out.printf("devices %d, heartbeat %s, window %s, %d I/O threads, descriptor limit %d, gateway %s%n",
                devices, heartbeat, window, ioThreads, fdLimit, child ? "in a child JVM" : "in this JVM");

        // Certificates: CA + gateway once; devices issued on first use and kept.
        long t0 = System.nanoTime();
        CertificateAuthority ca = loadOrCreateCa(certDir);
        DirectoryCredentials credentials = DirectoryCredentials.open(certDir, Duration.ofDays(30), Clock.systemUTC());
        List<DeviceCredentials> creds = new ArrayList<>(devices);
        for (int i = 0; i < devices; i++) {
            creds.add(credentials.forDevice(name(i)));
        }
        System.out.printf("certificates ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);

        Process gatewayProcess = null;
        GatewayServer inProcess = null;
        CountingReporter reporter = new CountingReporter();
        int port;
        if (child) {
            gatewayProcess = new ProcessBuilder(javaBinary(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                    DeviceFleetScale.class.getName(), "gateway", certDir.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            BufferedReader childOut = new BufferedReader(new InputStreamReader(gatewayProcess.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = childOut.readLine();
            if (line == null || !line.startsWith("PORT ")) {
                throw new IllegalStateException("the gateway child did not report its port: " + line);
            }
            port = Integer.parseInt(line.substring(5).trim());
        } else {
            inProcess = startGateway(ca, reporter);
            port = inProcess.port();
        }

        ScheduledExecutorService clockExecutor = Executors.newSingleThreadScheduledExecutor();
        LongAdder enrolledEvents = new LongAdder();
        DeviceTimeline timeline = new DeviceTimeline(new ExecutorScheduler(clockExecutor, System::nanoTime), e -> {
            if (e.kind() == DeviceEventKind.ENROLLED) {
                enrolledEvents.increment();
            }
        });
        AgentSettings settings = AgentSettings.defaults(heartbeat.toNanos()).withIoThreads(ioThreads)
                .withEnrollmentTimeout(Duration.ofSeconds(120).toNanos());
        final Process gatewayChild = gatewayProcess;
        java.util.function.LongSupplier gatewayCpu = () -> gatewayChild == null ? 0
                : gatewayChild.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
        long cpu0 = processCpuNanos();
        long gatewayCpu0 = gatewayCpu.getAsLong();
        long start = System.nanoTime();
        GatewayEndpoint endpoint = new GatewayEndpoint("127.0.0.1", port);
        try (AgentRuntime runtime = new AgentRuntime(settings, timeline)) {
            for (int i = 0; i < devices; i++) {
                runtime.start(new DeviceAssignment(name(i), "gw-bench", endpoint), creds.get(i));
            }
            long lastPrint = 0;
            long deadline = start + TimeUnit.MINUTES.toNanos(15);
            RuntimeStatus status = runtime.status();
            while (status.connected() < devices && System.nanoTime() < deadline) {
                Thread.sleep(100);
                status = runtime.status();
                if (System.nanoTime() - lastPrint > TimeUnit.SECONDS.toNanos(5)) {
                    lastPrint = System.nanoTime();
                    System.out.printf("  %5.1f s  %s%n", (lastPrint - start) / 1e9, status.line());
                }
            }
            double enrollSeconds = (System.nanoTime() - start) / 1e9;
            double enrollCpu = (processCpuNanos() - cpu0) / 1e9;
            double enrollGatewayCpu = (gatewayCpu.getAsLong() - gatewayCpu0) / 1e9;
            boolean all = status.connected() == devices;
            System.out.printf("%s %d of %d enrolled and connected after %.1f s (CPU: agents' process %.1f s, gateway "
                    + "child %.1f s)%n", all ? "all" : "only", status.connected(), devices, enrollSeconds, enrollCpu,
                    enrollGatewayCpu);

            long hb0 = runtime.status().heartbeatsAcknowledged();
            long cpuWindow0 = processCpuNanos();
            long gatewayWindow0 = gatewayCpu.getAsLong();
            Thread.sleep(window.toMillis());
            RuntimeStatus after = runtime.status();
            double rate = (after.heartbeatsAcknowledged() - hb0) / (window.toMillis() / 1000.0);
            double windowCpu = (processCpuNanos() - cpuWindow0) / 1e9 / (window.toMillis() / 1000.0);
            double windowGatewayCpu = (gatewayCpu.getAsLong() - gatewayWindow0) / 1e9 / (window.toMillis() / 1000.0);

            System.gc();
            Thread.sleep(500);
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            int threads = ManagementFactory.getThreadMXBean().getThreadCount();
            long fds = openFileDescriptors();
            System.out.printf("heartbeats acknowledged %.0f/s (expected %.0f/s), agents' process CPU %.2f cores during "
                    + "the window, drops %d, errors %d%s%n", rate, devices / (heartbeat.toMillis() / 1000.0), windowCpu,
                    after.drops(), after.errors(), after.lastError().isEmpty() ? "" : " (last: " + after.lastError() + ")");
            System.out.printf("heap used after GC %.0f MiB (%.1f KiB per device, gateway %s), threads %d, open descriptors %d%n",
                    heap / 1048576.0, heap / 1024.0 / devices, child ? "not included" : "included", threads, fds);
            System.out.println();
            System.out.println("| devices | gateway | I/O threads | all enrolled after (s) | CPU to enroll: agents + gateway (s) "
                    + "| heartbeat | acked/s | CPU while heartbeating: agents + gateway (cores) | agents' heap after GC (MiB) "
                    + "| KiB/device | agents' threads | agents' open fds | drops | errors |");
            System.out.printf(Locale.ROOT, "| %,d | %s | %d | %s | %.1f + %s | %s | %.0f | %.2f + %s | %.0f | %.1f | %d | %d | %d | %d |%n",
                    devices, child ? "child JVM" : "same JVM", ioThreads,
                    all ? String.format(Locale.ROOT, "%.1f", enrollSeconds) : "not reached (" + status.connected() + ")",
                    enrollCpu, child ? String.format(Locale.ROOT, "%.1f", enrollGatewayCpu) : "(included)",
                    heartbeat.toSeconds() + " s", rate, windowCpu,
                    child ? String.format(Locale.ROOT, "%.2f", windowGatewayCpu) : "(included)",
                    heap / 1048576.0, heap / 1024.0 / devices, threads, fds, after.drops(), after.errors());
        } finally {
            clockExecutor.shutdownNow();
            if (inProcess != null) {
                inProcess.close();
            }
            if (gatewayProcess != null) {
                gatewayProcess.getOutputStream().close();
                gatewayProcess.waitFor(10, TimeUnit.SECONDS);
                gatewayProcess.destroy();
            }
        }
    }

    /** The child-JVM gateway: serve until standard input closes. */
    private static void gatewayChild(Path certDir) throws Exception {
        CertificateAuthority ca = loadOrCreateCa(certDir);
        try (GatewayServer server = startGateway(ca, new CountingReporter())) {
            System.out.println("PORT " + server.port());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }

    private static GatewayServer startGateway(CertificateAuthority ca, DeviceStatusReporter reporter)
            throws InterruptedException {
        IssuedCertificate identity = ca.issueServer("gw-bench", List.of("127.0.0.1", "localhost"), DAY);
        GatewayServerConfig config = GatewayServerConfig.of("gw-bench", "127.0.0.1", 0, Duration.ofMinutes(5));
        return new GatewayServer(config, TlsContexts.server(identity, List.of(), ca.certificate().certificate()),
                reporter, Clock.systemUTC()).start();
    }

    private static CertificateAuthority loadOrCreateCa(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path cert = dir.resolve("ca.crt");
        Path key = dir.resolve("ca.key");
        if (Files.isRegularFile(cert) && Files.isRegularFile(key)) {
            return CertificateAuthority.of(Pem.read(cert, key), Clock.systemUTC());
        }
        CertificateAuthority ca = CertificateAuthority.create("fleetcast-bench-ca", Duration.ofDays(30), Clock.systemUTC());
        Pem.write(ca.certificate(), cert, key);
        return ca;
    }

    private static String name(int i) {
        return "bench-device-" + i;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    private static long maxFileDescriptors() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.UnixOperatingSystemMXBean unix ? unix.getMaxFileDescriptorCount() : -1;
    }

    private static long openFileDescriptors() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.UnixOperatingSystemMXBean unix ? unix.getOpenFileDescriptorCount() : -1;
    }

    /** Counts what the gateway would write to the API server, and writes nothing. */
    private static final class CountingReporter implements DeviceStatusReporter {
        final LongAdder calls = new LongAdder();

        @Override
        public void enrolled(String device, Instant at) {
            calls.increment();
        }

        @Override
        public void connected(String device, Instant at) {
            calls.increment();
        }

        @Override
        public void heartbeat(String device, Instant at) {
            calls.increment();
        }

        @Override
        public void unreachable(String device, Instant at) {
            calls.increment();
        }

        @Override
        public void disconnected(String device, Instant at) {
            calls.increment();
        }
    }
}
