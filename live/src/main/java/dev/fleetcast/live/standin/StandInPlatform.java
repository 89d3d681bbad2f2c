package dev.fleetcast.live.standin;

import dev.fleetcast.live.controller.Backoff;
import dev.fleetcast.live.controller.DeviceController;
import dev.fleetcast.live.controller.DeviceControllerConfig;
import dev.fleetcast.live.controller.GatewayController;
import dev.fleetcast.live.controller.GatewayWorkloadSettings;
import dev.fleetcast.live.crd.Ownership;
import dev.fleetcast.live.device.DeviceTimeline;
import dev.fleetcast.live.device.DirectoryCredentials;
import dev.fleetcast.live.device.ExecutorScheduler;
import dev.fleetcast.live.device.agent.AgentRuntime;
import dev.fleetcast.live.device.agent.AgentSettings;
import dev.fleetcast.live.device.watch.AssignmentTracker;
import dev.fleetcast.live.device.watch.DeviceWatcher;
import dev.fleetcast.live.run.AttachedRuntime;
import dev.fleetcast.live.run.RunClock;
import dev.fleetcast.live.run.RunPlan;
import dev.fleetcast.live.tls.CertificateAuthority;
import dev.fleetcast.live.tls.IssuedCertificate;
import dev.fleetcast.live.tls.Pem;
import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.scenario.ControllerSettings;
import dev.fleetcast.model.scenario.HeartbeatSettings;
import dev.fleetcast.model.timeline.TimelineSink;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The whole platform in one process on 127.0.0.1, for trying a scenario end to end without a
 * cluster: the stand-in API server and kubelet, a real gateway server per ready gateway
 * Deployment, fleetcast's device and gateway controllers deciding with the scenario's policy and
 * discipline, and (as the run's {@link AttachedRuntime}) device agents that enroll over mutual TLS
 * with the gateway their Device names. Every part is the one the lab runs; only the cluster is a
 * stand-in (no scheduler, no network between nodes, no garbage collection).
 *
 * <p>The controllers and agents talk to the API server through their own clients over HTTP, as
 * separate processes would.
 */
public final class StandInPlatform implements AutoCloseable {

    /**
     * What the platform runs with.
     *
     * @param namespace where everything lives
     * @param controller the scenario's policy, discipline, workers and read mode
     * @param heartbeat the scenario's heartbeat interval and Unreachable threshold
     * @param gatewayStartup how long a gateway pod takes to become ready (the scenario's gateway rollout)
     * @param seed seeds the kubelet's delays and the policy's chance
     * @param certs a folder holding (or receiving) the stand-in's CA and device certificates
     */
    public record Settings(String namespace, ControllerSettings controller, HeartbeatSettings heartbeat,
            DurationDistribution gatewayStartup, long seed, Path certs) {
        public Settings {
            Objects.requireNonNull(namespace, "namespace");
            Objects.requireNonNull(controller, "controller");
            Objects.requireNonNull(heartbeat, "heartbeat");
            Objects.requireNonNull(gatewayStartup, "gatewayStartup");
            Objects.requireNonNull(certs, "certs");
        }
    }

    private final Settings settings;
    private final StandIn standIn;
    private final KubernetesClient controllerClient;
    private final GatewayController gatewayController;
    private final DeviceController deviceController;
    private final Clock clock;

    private StandInPlatform(Settings settings, StandIn standIn, KubernetesClient controllerClient,
            GatewayController gatewayController, DeviceController deviceController, Clock clock) {
        this.settings = settings;
        this.standIn = standIn;
        this.controllerClient = controllerClient;
        this.gatewayController = gatewayController;
        this.deviceController = deviceController;
        this.clock = clock;
    }

    /**
     * Starts every part and returns once the controllers' caches are filled.
     *
     * @throws IOException when the certificate folder cannot be read or written
     */
    public static StandInPlatform start(Settings settings, Clock clock) throws IOException {
        CertificateAuthority ca = authority(settings.certs(), clock);
        Duration unreachableAfter = Duration.ofNanos(settings.heartbeat().unreachableAfterNanos());
        StandIn standIn = StandIn.start(0, settings.namespace(),
                new KubeletTimings(settings.gatewayStartup(), settings.seed()),
                client -> new LoopbackGateways(client, settings.namespace(), ca, unreachableAfter, clock));
        KubernetesClient controllerClient = standIn.server().newClient();
        GatewayController gateways = null;
        try {
            gateways = new GatewayController(controllerClient, settings.namespace(), GatewayWorkloadSettings.defaults(),
                    new Backoff(Duration.ofMillis(50), Duration.ofSeconds(5))).start();
            ControllerSettings c = settings.controller();
            DeviceControllerConfig config = DeviceControllerConfig.of(settings.namespace(), c.policy(), c.discipline(),
                    c.workers()).withReadMode(c.readMode()).withFailoverTrigger(c.failoverTrigger());
            DeviceController devices = new DeviceController(controllerClient, config, clock, TimelineSink.discard())
                    .start();
            return new StandInPlatform(settings, standIn, controllerClient, gateways, devices, clock);
        } catch (RuntimeException e) {
            if (gateways != null) {
                gateways.close();
            }
            controllerClient.close();
            standIn.close();
            throw e;
        }
    }

    /** The stand-in's API server address. */
    public String url() {
        return standIn.url();
    }

    /** A new client of the stand-in's API server; the caller closes it. */
    public KubernetesClient newClient() {
        return standIn.server().newClient();
    }

    /** Device agents for one run: started with the run, they play each of its Devices once assigned. */
    public AttachedRuntime devices() {
        return new Agents();
    }

    @Override
    public void close() {
        deviceController.close();
        gatewayController.close();
        controllerClient.close();
        standIn.close();
    }

    /** The stand-in's CA: read from {@code dir}, or made and written there when the folder has none. */
    private static CertificateAuthority authority(Path dir, Clock clock) throws IOException {
        Path cert = dir.resolve("ca.crt");
        Path key = dir.resolve("ca.key");
        if (Files.isRegularFile(cert) && Files.isRegularFile(key)) {
            return CertificateAuthority.of(Pem.read(cert, key), clock);
        }
        Files.createDirectories(dir);
        CertificateAuthority ca = CertificateAuthority.create("fleetcast stand-in CA", Duration.ofDays(30), clock);
        IssuedCertificate identity = ca.certificate();
        Pem.write(identity, cert, key);
        return ca;
    }

    /** The agent runtime, the tracker that feeds it and the watch on the run's Devices. */
    private final class Agents implements AttachedRuntime {
        private ScheduledExecutorService ticks;
        private AgentRuntime runtime;
        private DeviceWatcher watcher;

        @Override
        public void start(KubernetesClient client, RunPlan plan, RunClock runClock) {
            ticks = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "fleetcast-agents-clock");
                t.setDaemon(true);
                return t;
            });
            DeviceTimeline timeline = new DeviceTimeline(new ExecutorScheduler(ticks, System::nanoTime),
                    TimelineSink.discard());
            runtime = new AgentRuntime(AgentSettings.defaults(settings.heartbeat().intervalNanos()), timeline);
            try {
                DirectoryCredentials credentials = DirectoryCredentials.open(settings.certs(), Duration.ofDays(30),
                        clock);
                watcher = DeviceWatcher.start(client, plan.namespace(), Ownership.RUN + "=" + plan.runId(),
                        new AssignmentTracker(runtime, credentials), 5_000);
            } catch (IOException e) {
                stop();
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String describe() {
            return "on the test stand-in (fabric8's mock API server in CRUD mode, gateway servers, controllers and "
                    + "device agents on 127.0.0.1; not a cluster)";
        }

        @Override
        public void stop() {
            if (watcher != null) {
                watcher.close();
            }
            if (runtime != null) {
                runtime.close();
            }
            if (ticks != null) {
                ticks.shutdownNow();
            }
        }
    }
}
