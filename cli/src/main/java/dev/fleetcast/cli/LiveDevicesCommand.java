package dev.fleetcast.cli;

import dev.fleetcast.formats.Durations;
import dev.fleetcast.live.crd.Ownership;
import dev.fleetcast.live.device.DeviceRuntime;
import dev.fleetcast.live.device.DeviceTimeline;
import dev.fleetcast.live.device.DeviceTls;
import dev.fleetcast.live.device.DirectoryCredentials;
import dev.fleetcast.live.device.ExecutorScheduler;
import dev.fleetcast.live.device.ReconnectBackoff;
import dev.fleetcast.live.device.agent.AgentRuntime;
import dev.fleetcast.live.device.agent.AgentSettings;
import dev.fleetcast.live.device.renode.ProcessLauncher;
import dev.fleetcast.live.device.renode.RenodeBoard;
import dev.fleetcast.live.device.renode.RenodeInstallation;
import dev.fleetcast.live.device.renode.RenodeRuntime;
import dev.fleetcast.live.device.watch.AssignmentTracker;
import dev.fleetcast.live.device.watch.DeviceWatcher;
import dev.fleetcast.model.timeline.TimelineSink;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code fleetcast live devices}: plays the Devices of a namespace — watches them, and for each one
 * the controller assigned, runs a device (an in-JVM agent, or experimentally a Renode board) that
 * connects to its gateway, enrolls and heartbeats, until Ctrl-C.
 */
@Command(name = "devices", mixinStandardHelpOptions = true,
        description = {"Plays the Device objects of a namespace until Ctrl-C: each Device whose status names a gateway "
                + "endpoint gets a device that connects there over mutual TLS (its certificate from --certs, CN = the "
                + "Device's name), enrolls, heartbeats, reconnects after a drop and re-enrolls where the controller "
                + "moves it. Prints a status line every few seconds.",
                "Runtimes: 'agent' (default; thousands of devices in this JVM) and 'renode' (experimental: one "
                        + "headless Renode per device running --firmware, its UART bridged to the gateway)."})
final class LiveDevicesCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--kubeconfig", paramLabel = "FILE",
            description = "The kubeconfig to use (default: KUBECONFIG, ~/.kube/config, or the in-cluster account).")
    Path kubeconfig;

    @Option(names = "--namespace", paramLabel = "NS",
            description = "The Devices' namespace (default: the kubeconfig context's, else 'default').")
    String namespace;

    @Option(names = "--certs", required = true, paramLabel = "DIR",
            description = "Certificates as 'fleetcast live certs' writes them: ca.crt, device-<name>.crt/.key. With "
                    + "ca.key there, missing device certificates are issued and kept for the next run.")
    Path certs;

    @Option(names = "--runtime", paramLabel = "NAME", defaultValue = "agent",
            description = "agent or renode (default: ${DEFAULT-VALUE}).")
    String runtime;

    @Option(names = "--heartbeat", paramLabel = "DURATION", defaultValue = "30s",
            description = "Agents' heartbeat interval (default: ${DEFAULT-VALUE}, WASMBED's).")
    String heartbeat;

    @Option(names = "--selector", paramLabel = "LABELS", defaultValue = Ownership.MANAGED_BY + "=" + Ownership.MANAGER,
            description = "Which Devices to play, as a label selector, e.g. fleetcast.dev/run=r1 "
                    + "(default: ${DEFAULT-VALUE}; an empty string plays every Device).")
    String selector;

    @Option(names = "--status-every", paramLabel = "DURATION", defaultValue = "5s",
            description = "How often to print the status line (default: ${DEFAULT-VALUE}).")
    String statusEvery;

    @Option(names = "--duration", paramLabel = "DURATION",
            description = "Stop by itself after this long (default: run until Ctrl-C).")
    String duration;

    @Option(names = "--io-threads", paramLabel = "N", description = "Agents' I/O threads (default: one per core).")
    Integer ioThreads;

    @Option(names = "--firmware", paramLabel = "ELF", description = "renode: the firmware image every board runs.")
    Path firmware;

    @Option(names = "--board", paramLabel = "NAME", defaultValue = "arduino_nano_33_ble",
            description = "renode: arduino_nano_33_ble or nrf52840 (default: ${DEFAULT-VALUE}).")
    String board;

    @Option(names = "--uart-port", paramLabel = "PORT", defaultValue = "31000",
            description = "renode: the first local port for the boards' UARTs (default: ${DEFAULT-VALUE}).")
    int uartPort;

    @Option(names = "--renode-dir", paramLabel = "DIR", defaultValue = "renode-work",
            description = "renode: where the generated scripts and Renode's logs go (default: ${DEFAULT-VALUE}).")
    Path renodeDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long heartbeatNanos = duration("--heartbeat", heartbeat);
        long statusNanos = duration("--status-every", statusEvery);
        Optional<Long> stopAfter = duration == null ? Optional.empty() : Optional.of(duration("--duration", duration));
        DirectoryCredentials credentials;
        try {
            credentials = DirectoryCredentials.open(certs, Duration.ofDays(365), Clock.systemUTC());
        } catch (IOException e) {
            throw new UserInputException(e.getMessage());
        }
        ScheduledExecutorService clockExecutor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fleetcast-devices-clock");
            t.setDaemon(true);
            return t;
        });
        DeviceTimeline timeline = new DeviceTimeline(new ExecutorScheduler(clockExecutor, System::nanoTime),
                TimelineSink.discard());
        DeviceRuntime devices = runtime(heartbeatNanos, timeline);
        DeviceRuntime.Availability availability = devices.availability();
        if (!availability.available()) {
            devices.close();
            throw new UserInputException("--runtime " + runtime + ": " + availability.reason());
        }
        KubernetesClient client = client();
        String ns = namespace != null ? namespace
                : Optional.ofNullable(client.getNamespace()).orElse("default");
        AssignmentTracker tracker = new AssignmentTracker(devices, credentials);
        DeviceWatcher watcher;
        try {
            watcher = DeviceWatcher.start(client, ns, selector, tracker, 60_000);
        } catch (KubernetesClientException e) {
            devices.close();
            client.close();
            throw new UserInputException("cannot watch Devices in namespace " + ns + " at "
                    + client.getConfiguration().getMasterUrl() + ": " + e.getMessage());
        }
        out.printf("playing Devices in namespace %s (selector '%s') with the %s runtime: %s; Ctrl-C stops%n", ns,
                selector, devices.name(), availability.reason());
        out.flush();

        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stopped.countDown();
            shutDown(watcher, devices, client, clockExecutor);
        }, "fleetcast-devices-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        long started = System.nanoTime();
        while (true) {
            long left = stopAfter.map(d -> d - (System.nanoTime() - started)).orElse(Long.MAX_VALUE);
            if (left <= 0 || stopped.await(Math.min(statusNanos, left), TimeUnit.NANOSECONDS)) {
                break;
            }
            printStatus(out, started, tracker, devices);
        }
        printStatus(out, started, tracker, devices);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            return ExitCodes.OK; // the JVM is shutting down: the hook closes everything
        }
        shutDown(watcher, devices, client, clockExecutor);
        return ExitCodes.OK;
    }

    private DeviceRuntime runtime(long heartbeatNanos, DeviceTimeline timeline) {
        switch (runtime) {
            case "agent": {
                AgentSettings settings = AgentSettings.defaults(heartbeatNanos);
                if (ioThreads != null) {
                    if (ioThreads < 1) {
                        throw new CommandLine.ParameterException(spec.commandLine(),
                                "--io-threads must be at least 1, got " + ioThreads);
                    }
                    settings = settings.withIoThreads(ioThreads);
                }
                return new AgentRuntime(settings, timeline);
            }
            case "renode": {
                if (firmware == null) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "--runtime renode needs --firmware ELF (the image every board runs)");
                }
                if (!Files.isRegularFile(firmware)) {
                    throw new UserInputException("--firmware " + firmware + ": no such file");
                }
                RenodeBoard chosen;
                try {
                    chosen = RenodeBoard.named(board);
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--board: " + e.getMessage());
                }
                var settings = new RenodeRuntime.Settings(RenodeInstallation.find(System.getenv("PATH")), chosen,
                        firmware.toAbsolutePath(), renodeDir.toAbsolutePath(), uartPort, 120,
                        new ReconnectBackoff(500_000_000L, 5_000_000_000L, 0.2), new DeviceTls(false));
                return new RenodeRuntime(settings, timeline, ProcessLauncher.system());
            }
            default:
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--runtime must be agent or renode, got '" + runtime + "'");
        }
    }

    private KubernetesClient client() {
        if (kubeconfig == null) {
            return new KubernetesClientBuilder().build();
        }
        if (!Files.isRegularFile(kubeconfig)) {
            throw new UserInputException("--kubeconfig " + kubeconfig + ": no such file");
        }
        try {
            return new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(kubeconfig.toFile())).build();
        } catch (RuntimeException e) {
            throw new UserInputException("--kubeconfig " + kubeconfig + ": " + e.getMessage());
        }
    }

    private long duration(String option, String text) {
        try {
            long nanos = Durations.parse(text);
            if (nanos <= 0) {
                throw new IllegalArgumentException("it must be positive");
            }
            return nanos;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " '" + text + "': " + e.getMessage());
        }
    }

    private static void printStatus(PrintWriter out, long started, AssignmentTracker tracker, DeviceRuntime devices) {
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        String line = String.format("[%02d:%02d:%02d] assigned %d  %s", seconds / 3600, seconds / 60 % 60, seconds % 60,
                tracker.placedDevices(), devices.status().line());
        if (tracker.problems() > 0) {
            line += "  watch problems " + tracker.problems() + " (last: " + tracker.lastProblem() + ")";
        }
        out.println(line);
        out.flush();
    }

    private static void shutDown(DeviceWatcher watcher, DeviceRuntime devices, KubernetesClient client,
            ScheduledExecutorService clockExecutor) {
        watcher.close();
        devices.close();
        client.close();
        clockExecutor.shutdownNow();
    }
}
