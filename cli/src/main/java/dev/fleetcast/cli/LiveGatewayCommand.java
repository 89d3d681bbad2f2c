package dev.fleetcast.cli;

import dev.fleetcast.formats.Durations;
import dev.fleetcast.live.gateway.DeviceStatusReporter;
import dev.fleetcast.live.gateway.Fabric8DeviceStatusReporter;
import dev.fleetcast.live.gateway.Fabric8GatewayStatusWriter;
import dev.fleetcast.live.gateway.GatewayProcess;
import dev.fleetcast.live.gateway.GatewayServerConfig;
import dev.fleetcast.live.gateway.HeartbeatThrottle;
import dev.fleetcast.live.gateway.LoggingDeviceStatusReporter;
import dev.fleetcast.live.protocol.Framing;
import dev.fleetcast.live.tls.TlsContexts;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.netty.handler.ssl.SslContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fleetcast live gateway}: a WASMBED-compatible gateway server, until Ctrl-C. */
@Command(name = "gateway", mixinStandardHelpOptions = true,
        description = "Runs a gateway server: devices connect over mutual TLS (identity = the CN of their client "
                + "certificate), enroll and heartbeat with WASMBED's protocol; devices silent for longer than "
                + "--heartbeat-timeout are marked Unreachable. HTTP: /healthz, /readyz, POST /drain, /metrics. "
                + "With --namespace, Device status and the Gateway's status.connectedDevices are written to the cluster; "
                + "without, device events are logged. Runs until Ctrl-C.")
final class LiveGatewayCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--name", required = true, description = "The Gateway object's name.")
    String name;

    @Option(names = "--bind", defaultValue = "0.0.0.0", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--port", defaultValue = "8443", description = "TLS port for devices; 0 = any (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--http-port", defaultValue = "8080", description = "HTTP port; 0 = any (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--cert", required = true, description = "The gateway's certificate (PEM).")
    Path cert;

    @Option(names = "--key", required = true, description = "The gateway's private key (PEM).")
    Path key;

    @Option(names = "--ca", required = true, description = "The CA that signs device certificates (PEM).")
    Path ca;

    @Option(names = "--kubeconfig", description = "Kubeconfig file (default: in-cluster or ~/.kube/config).")
    Path kubeconfig;

    @Option(names = "--namespace", description = "Namespace of the Device objects; enables status writes.")
    String namespace;

    @Option(names = "--heartbeat-timeout", defaultValue = "90s",
            description = "Silence after which a device is Unreachable (default: ${DEFAULT-VALUE}).")
    String heartbeatTimeout;

    @Option(names = "--status-heartbeat-interval", defaultValue = "30s",
            description = "Write a device's lastHeartbeat at most this often (default: ${DEFAULT-VALUE}).")
    String statusHeartbeatInterval;

    @Option(names = "--pairing-mode", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Accept enrollment requests (WASMBED's pairing mode; default: on).")
    boolean pairingMode;

    @Override
    public void run() {
        if (port < 0 || port > 65535 || httpPort < 0 || httpPort > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "ports must be 0..65535");
        }
        if (kubeconfig != null && namespace == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--kubeconfig needs --namespace");
        }
        Duration timeout = duration("--heartbeat-timeout", heartbeatTimeout);
        Duration statusInterval = duration("--status-heartbeat-interval", statusHeartbeatInterval);
        SslContext tls;
        try {
            tls = TlsContexts.server(cert, key, ca);
        } catch (IOException | IllegalStateException e) {
            throw new UserInputException("cannot load the gateway's TLS files: " + e.getMessage());
        }
        GatewayServerConfig config;
        try {
            config = GatewayServerConfig.of(name, bind, port, timeout).withPairingMode(pairingMode);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        KubernetesClient client = namespace == null ? null : client();
        DeviceStatusReporter reporter = client == null ? new LoggingDeviceStatusReporter()
                : new HeartbeatThrottle(new Fabric8DeviceStatusReporter(client, namespace, name, 4), statusInterval);
        CountDownLatch stop = new CountDownLatch(1);
        GatewayProcess gateway;
        try {
            gateway = GatewayProcess.start(config, tls, reporter, Clock.systemUTC(), httpPort);
        } catch (IOException e) {
            closeQuietly(client);
            throw new UserInputException("cannot listen on " + bind + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(client);
            return;
        } catch (RuntimeException e) {
            closeQuietly(client);
            throw new UserInputException("cannot start gateway " + name + " on " + bind + ":" + port + ": "
                    + rootMessage(e));
        }
        Fabric8GatewayStatusWriter statusWriter = client == null ? null
                : new Fabric8GatewayStatusWriter(client, namespace, gateway.server(), Clock.systemUTC(), Duration.ofSeconds(10));
        Thread hook = new Thread(() -> {
            closeQuietly(statusWriter);
            gateway.close();
            stop.countDown();
        }, "gateway-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("gateway %s: devices on %s:%d (TLS, max frame %d bytes), HTTP on %s:%d, status %s; Ctrl-C stops%n",
                name, bind, gateway.tlsPort(), Framing.DEFAULT_MAX_FRAME, bind, gateway.httpPort(),
                namespace == null ? "logged" : "written to namespace " + namespace);
        out.flush();
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is already running
            }
            closeQuietly(statusWriter);
            gateway.close();
        }
        closeQuietly(client);
        out.printf("gateway %s: stopped%n", name);
        out.flush();
    }

    private KubernetesClient client() {
        try {
            Config config = kubeconfig == null ? Config.autoConfigure(null)
                    : Config.fromKubeconfig(null, Files.readString(kubeconfig), kubeconfig.toString());
            return new KubernetesClientBuilder().withConfig(config).build();
        } catch (IOException e) {
            throw new UserInputException("cannot read kubeconfig " + kubeconfig + ": " + e.getMessage());
        } catch (RuntimeException e) {
            throw new UserInputException("cannot configure the Kubernetes client"
                    + (kubeconfig == null ? "" : " from " + kubeconfig) + ": " + rootMessage(e));
        }
    }

    private static Duration duration(String option, String text) {
        try {
            Duration d = Duration.ofNanos(Durations.parse(text));
            if (d.isZero()) {
                throw new IllegalArgumentException("it must be positive");
            }
            return d;
        } catch (IllegalArgumentException e) {
            throw new UserInputException(option + " '" + text + "': " + e.getMessage());
        }
    }

    private static void closeQuietly(Fabric8GatewayStatusWriter writer) {
        if (writer != null) {
            writer.close();
        }
    }

    private static void closeQuietly(KubernetesClient client) {
        if (client != null) {
            client.close();
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) {
            r = r.getCause();
        }
        return r.getMessage() == null ? r.toString() : r.getMessage();
    }
}
