package dev.fleetcast.live.standin;

import dev.fleetcast.live.gateway.Fabric8DeviceStatusReporter;
import dev.fleetcast.live.gateway.GatewayProcess;
import dev.fleetcast.live.gateway.GatewayServerConfig;
import dev.fleetcast.live.tls.CertificateAuthority;
import dev.fleetcast.live.tls.IssuedCertificate;
import dev.fleetcast.live.tls.TlsContexts;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The stand-in's gateways: a real {@link GatewayProcess} on 127.0.0.1 for each gateway whose
 * Deployment the kubelet marks ready — mutual TLS, WASMBED's protocol, and Device status written
 * to the stand-in's API server exactly as a gateway pod writes it in a cluster. Each server gets a
 * certificate from {@code ca} naming 127.0.0.1, so device agents verify it as they would a pod's.
 *
 * <p>The kubelet calls {@link #start} and {@link #stop} from one thread; {@link #close} may come
 * from another (shutdown), hence the lock.
 */
public final class LoopbackGateways implements GatewayLauncher, AutoCloseable {

    /** Threads per gateway that write Device status; a handful keeps per-device order and throughput. */
    private static final int STATUS_LANES = 2;

    private final KubernetesClient client;
    private final String namespace;
    private final CertificateAuthority ca;
    private final Duration heartbeatTimeout;
    private final Clock clock;
    private final Map<String, GatewayProcess> running = new HashMap<>();

    /**
     * @param client the client the gateways write Device status with
     * @param namespace the namespace of the Devices
     * @param ca issues each gateway's server certificate; device agents must trust it
     * @param heartbeatTimeout how long a silent device stays Connected before it is marked Unreachable
     */
    public LoopbackGateways(KubernetesClient client, String namespace, CertificateAuthority ca,
            Duration heartbeatTimeout, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.ca = Objects.requireNonNull(ca, "ca");
        this.heartbeatTimeout = Objects.requireNonNull(heartbeatTimeout, "heartbeatTimeout");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized String start(String gateway) {
        stop(gateway);
        IssuedCertificate identity = ca.issueServer(gateway, List.of("127.0.0.1", "localhost"), Duration.ofDays(2));
        var tls = TlsContexts.server(identity, List.of(ca.certificate().certificate()),
                ca.certificate().certificate());
        var reporter = new Fabric8DeviceStatusReporter(client, namespace, gateway, STATUS_LANES);
        try {
            GatewayProcess process = GatewayProcess.start(
                    GatewayServerConfig.of(gateway, "127.0.0.1", 0, heartbeatTimeout), tls, reporter, clock, 0);
            running.put(gateway, process);
            return "127.0.0.1:" + process.tlsPort();
        } catch (IOException e) {
            throw new IllegalStateException("stand-in: could not start gateway " + gateway + " on 127.0.0.1: "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stand-in: interrupted while starting gateway " + gateway, e);
        }
    }

    @Override
    public synchronized void stop(String gateway) {
        GatewayProcess process = running.remove(gateway);
        if (process != null) {
            process.close();
        }
    }

    /** The gateways running now, by name (for tests and the status line). */
    public synchronized Map<String, Integer> ports() {
        Map<String, Integer> ports = new HashMap<>();
        running.forEach((name, process) -> ports.put(name, process.tlsPort()));
        return ports;
    }

    @Override
    public synchronized void close() {
        for (String gateway : List.copyOf(running.keySet())) {
            stop(gateway);
        }
    }
}
