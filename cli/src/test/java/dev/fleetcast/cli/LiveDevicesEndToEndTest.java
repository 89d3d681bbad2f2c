package dev.fleetcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.Gateway;
import dev.fleetcast.live.crd.Ownership;
import dev.fleetcast.live.standin.Kubeconfigs;
import dev.fleetcast.live.standin.KubeletTimings;
import dev.fleetcast.live.standin.LoopbackGateways;
import dev.fleetcast.live.standin.StandIn;
import dev.fleetcast.live.tls.CertificateAuthority;
import dev.fleetcast.live.tls.Pem;
import dev.fleetcast.model.distribution.UniformDuration;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract's whole flow from the command line, on the stand-in: Devices are created, `live
 * controller` assigns them (status.gateway.endpoint = a loopback gateway server the stand-in
 * started), `live devices` connects an agent for each, the gateways write each Device Connected.
 */
class LiveDevicesEndToEndTest {

    @Test
    void createdDevicesAreAssignedPlayedAndMarkedConnected(@TempDir Path dir) throws Exception {
        Path certs = Files.createDirectories(dir.resolve("certs"));
        var ca = CertificateAuthority.create("fleet-ca", Duration.ofDays(1), Clock.systemUTC());
        Pem.write(ca.certificate(), certs.resolve("ca.crt"), certs.resolve("ca.key"));
        try (StandIn standIn = StandIn.start(0, "default",
                new KubeletTimings(new UniformDuration(20_000_000L, 60_000_000L), 3),
                client -> new LoopbackGateways(client, "default", ca, Duration.ofSeconds(30), Clock.systemUTC()));
                KubernetesClient client = standIn.server().newClient()) {
            Path kubeconfig = dir.resolve("kubeconfig");
            Kubeconfigs.write(kubeconfig, standIn.url(), "default");
            for (String name : new String[] {"gw-1", "gw-2"}) {
                Gateway g = new Gateway();
                g.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace("default").build());
                g.getSpec().setEndpoint(name + ".default.svc:8443");
                client.resources(Gateway.class).resource(g).create();
            }
            for (int i = 0; i < 10; i++) {
                Device d = new Device();
                d.setMetadata(new ObjectMetaBuilder().withName("dev-" + i).withNamespace("default").build());
                new Ownership("e2e").apply(d);
                d.getSpec().setPublicKey("k");
                client.resources(Device.class).resource(d).create();
            }
            CliRun controller = new CliRun();
            CliRun devices = new CliRun();
            var controllerRun = CompletableFuture.supplyAsync(() -> controller.run("live", "controller", "--kubeconfig",
                    kubeconfig.toString(), "--discipline", "ledger", "--stop-after-ms", "8000"));
            var devicesRun = CompletableFuture.supplyAsync(() -> devices.run("live", "devices", "--kubeconfig",
                    kubeconfig.toString(), "--certs", certs.toString(), "--selector", Ownership.RUN + "=e2e",
                    "--heartbeat", "500ms", "--status-every", "1s", "--duration", "7s"));
            long deadline = System.nanoTime() + Duration.ofSeconds(7).toNanos();
            while (System.nanoTime() < deadline && !client.resources(Device.class).list().getItems().stream()
                    .allMatch(d -> d.getStatus() != null && "Connected".equals(d.getStatus().getPhase()))) {
                Thread.sleep(100);
            }
            // While the agents run, the gateways have written every Device Connected, with heartbeats.
            assertThat(client.resources(Device.class).list().getItems()).allSatisfy(d -> {
                assertThat(d.getStatus().getPhase()).isEqualTo("Connected");
                assertThat(d.getStatus().getLastHeartbeat()).isNotBlank();
            });
            assertThat(devicesRun.get()).as(devices.err()).isZero();
            assertThat(controllerRun.get()).as(controller.err()).isZero();
            String last = devices.out().lines().reduce((a, b) -> b).orElseThrow();
            assertThat(last).contains("assigned 10", "enrolled 10", "connected 10", "errors 0");
        }
    }
}
