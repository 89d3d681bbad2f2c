package dev.fleetcast.cli;

import dev.fleetcast.formats.Durations;
import dev.fleetcast.live.standin.GatewayLauncher;
import dev.fleetcast.live.standin.Kubeconfigs;
import dev.fleetcast.live.standin.KubeletTimings;
import dev.fleetcast.live.standin.LoopbackGateways;
import dev.fleetcast.live.standin.StandIn;
import dev.fleetcast.live.tls.CertificateAuthority;
import dev.fleetcast.live.tls.Pem;
import dev.fleetcast.model.distribution.UniformDuration;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code fleetcast live stand-in}: a stand-in cluster on 127.0.0.1 until Ctrl-C. */
@Command(name = "stand-in", mixinStandardHelpOptions = true,
        description = {"Runs a stand-in Kubernetes API server on 127.0.0.1 (fabric8's mock server in CRUD mode, "
                + "with the Gateway and Device CRDs installed) and a KWOK-like kubelet that makes Deployments' "
                + "pods Running and Ready after a random delay, until Ctrl-C. Writes a kubeconfig that points "
                + "at it, for `fleetcast live controller --kubeconfig` and kubectl.",
                "",
                "Gateway servers: with --certs, the stand-in starts a real gateway server (mutual TLS, "
                        + "WASMBED's protocol) on 127.0.0.1 for each ready gateway Deployment, with a server "
                        + "certificate issued from that folder's ca.crt and ca.key, writes its address into the "
                        + "Gateway's spec.endpoint (playing cluster DNS), and lets it write Device status. "
                        + "Without --certs no gateway server runs and Gateways keep the endpoint they were "
                        + "created with.",
                "",
                "Not a cluster: no scheduling, no garbage collection, no 409 from updateStatus; use it for "
                        + "trying things and for tests, not for measurements."})
final class LiveStandInCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--kubeconfig-out", paramLabel = "FILE", defaultValue = "fleetcast-stand-in.kubeconfig",
            description = "Where to write the kubeconfig (default: ${DEFAULT-VALUE}).")
    Path kubeconfigOut;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "The API server's port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--namespace", paramLabel = "NAME", defaultValue = "default",
            description = "The namespace the kubelet runs Deployments in and the kubeconfig defaults to "
                    + "(default: ${DEFAULT-VALUE}).")
    String namespace;

    @Option(names = "--pod-start-ms", paramLabel = "MIN,MAX", split = ",", defaultValue = "500,2000",
            description = "Pod start-up delay in milliseconds, uniform between MIN and MAX (default: ${DEFAULT-VALUE}).")
    long[] podStartMs;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the pod start-up delays (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--certs", paramLabel = "DIR",
            description = "A folder from `fleetcast live certs` (ca.crt and ca.key): start a gateway server on "
                    + "127.0.0.1 for each ready gateway.")
    Path certs;

    @Option(names = "--heartbeat-timeout", paramLabel = "DURATION", defaultValue = "90s",
            description = "How long the stand-in's gateways let a device stay silent before marking it "
                    + "Unreachable (default: ${DEFAULT-VALUE}).")
    String heartbeatTimeout;

    /** For tests: stop after this many milliseconds instead of waiting for Ctrl-C. */
    @Option(names = "--stop-after-ms", hidden = true, defaultValue = "0")
    long stopAfterMs;

    @Override
    public void run() {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--port must be between 0 and 65535, was " + port);
        }
        if (podStartMs.length != 2 || podStartMs[0] < 0 || podStartMs[1] < podStartMs[0]) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--pod-start-ms needs MIN,MAX with 0 <= MIN <= MAX milliseconds");
        }
        KubeletTimings timings = new KubeletTimings(new UniformDuration(TimeUnit.MILLISECONDS.toNanos(podStartMs[0]),
                TimeUnit.MILLISECONDS.toNanos(podStartMs[1])), seed);
        PrintWriter out = spec.commandLine().getOut();
        Function<KubernetesClient, GatewayLauncher> launcher = gatewayLauncher();
        StandIn standIn;
        try {
            standIn = StandIn.start(port, namespace, timings, launcher);
        } catch (RuntimeException e) {
            throw new UserInputException("cannot start the stand-in on 127.0.0.1:" + port + ": " + e.getMessage());
        }
        try (standIn) {
            try {
                Kubeconfigs.write(kubeconfigOut, standIn.url(), namespace);
            } catch (IOException e) {
                throw new UserInputException("cannot write the kubeconfig " + kubeconfigOut + ": " + e.getMessage());
            }
            out.println("stand-in API server at " + standIn.url() + " (namespace " + namespace + ")");
            out.println("kubeconfig written to " + kubeconfigOut.toAbsolutePath());
            out.println("press Ctrl-C to stop");
            out.flush();
            UntilStopped.await("fleetcast-stand-in-stop", stopAfterMs);
            out.println("stand-in stopped");
            out.flush();
        }
    }

    /** Loopback gateway servers when --certs is given, else none. */
    private Function<KubernetesClient, GatewayLauncher> gatewayLauncher() {
        if (certs == null) {
            return client -> GatewayLauncher.none();
        }
        Duration timeout;
        try {
            timeout = Duration.ofNanos(Durations.parse(heartbeatTimeout));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--heartbeat-timeout '" + heartbeatTimeout + "': " + e.getMessage());
        }
        if (timeout.isZero()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--heartbeat-timeout must be positive");
        }
        Path caCert = certs.resolve("ca.crt");
        Path caKey = certs.resolve("ca.key");
        CertificateAuthority ca;
        try {
            ca = CertificateAuthority.of(Pem.read(caCert, caKey), Clock.systemUTC());
        } catch (IOException | RuntimeException e) {
            throw new UserInputException("--certs " + certs + ": cannot read the CA from " + caCert + " and " + caKey
                    + " (make them with `fleetcast live certs --output " + certs + "`): " + e.getMessage());
        }
        return client -> new LoopbackGateways(client, namespace, ca, timeout, Clock.systemUTC());
    }
}
