package dev.fleetcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.DeviceGatewayRef;
import dev.fleetcast.live.crd.DeviceStatus;
import dev.fleetcast.live.crd.Ownership;
import dev.fleetcast.live.gateway.GatewayServer;
import dev.fleetcast.live.gateway.GatewayServerConfig;
import dev.fleetcast.live.gateway.InMemoryDeviceStatusReporter;
import dev.fleetcast.live.standin.MockApiServer;
import dev.fleetcast.live.tls.CertificateAuthority;
import dev.fleetcast.live.tls.Pem;
import dev.fleetcast.live.tls.TlsContexts;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fleetcast live devices} against fabric8's mock API server and a gateway server on 127.0.0.1. */
class LiveDevicesCommandTest {

    /**
     * The project's wrapper of fabric8's mock server (CRUD mode, CRDs installed): unlike the JUnit
     * extension, it tolerates the mock's shutdown timeout after a watch closed mid-send.
     */
    MockApiServer server;
    KubernetesClient client;

    @BeforeEach
    void startServer() {
        server = MockApiServer.start(0);
        client = server.newClient();
    }

    @AfterEach
    void stopServer() {
        client.close();
        server.close();
    }

    @Test
    void playsTheAssignedDevicesOfTheRunAndPrintsTheirStatus(@TempDir Path dir) throws Exception {
        var ca = CertificateAuthority.create("fleet-ca", Duration.ofDays(1), Clock.systemUTC());
        Path certs = Files.createDirectories(dir.resolve("certs"));
        Pem.write(ca.certificate(), certs.resolve("ca.crt"), certs.resolve("ca.key"));
        var identity = ca.issueServer("gw-1", List.of("127.0.0.1"), Duration.ofDays(1));
        try (var gateway = new GatewayServer(GatewayServerConfig.of("gw-1", "127.0.0.1", 0, Duration.ofSeconds(30)),
                TlsContexts.server(identity, List.of(), ca.certificate().certificate()),
                new InMemoryDeviceStatusReporter(), Clock.systemUTC()).start()) {
            for (String name : List.of("dev-1", "dev-2")) {
                Device device = new Device();
                device.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace("fleet").build());
                new Ownership("r1").apply(device);
                var created = client.resources(Device.class).inNamespace("fleet").resource(device).create();
                DeviceStatus status = new DeviceStatus();
                status.setPhase("Enrolling");
                status.setGateway(new DeviceGatewayRef("gw-1", "127.0.0.1:" + gateway.port()));
                created.setStatus(status);
                client.resources(Device.class).inNamespace("fleet").resource(created).updateStatus();
            }

            CliRun cli = new CliRun();
            int code = cli.run("live", "devices", "--kubeconfig", kubeconfig(dir).toString(), "--namespace", "fleet",
                    "--certs", certs.toString(), "--selector", Ownership.RUN + "=r1", "--heartbeat", "200ms",
                    "--status-every", "500ms", "--duration", "4s");
            assertThat(code).as(cli.err()).isZero();
            String last = cli.out().lines().reduce((a, b) -> b).orElseThrow();
            assertThat(last).contains("assigned 2", "enrolled 2", "connected 2", "errors 0");
            assertThat(cli.out()).contains("with the agent runtime");
            assertThat(certs.resolve("device-dev-1.crt")).exists();
        }
    }

    @Test
    void aMissingCertificateDirectoryOrRenodeGetsOneClearLine(@TempDir Path dir) throws Exception {
        CliRun cli = new CliRun();
        assertThat(cli.run("live", "devices", "--kubeconfig", kubeconfig(dir).toString(), "--certs",
                dir.resolve("nothing").toString())).isEqualTo(ExitCodes.INPUT);
        assertThat(cli.err()).contains("no ca.crt").doesNotContain("Exception");

        var ca = CertificateAuthority.create("fleet-ca", Duration.ofDays(1), Clock.systemUTC());
        Pem.write(ca.certificate(), dir.resolve("ca.crt"), dir.resolve("ca.key"));
        Path firmware = Files.writeString(dir.resolve("fw.elf"), "not really");
        CliRun renode = new CliRun();
        int code = renode.run("live", "devices", "--kubeconfig", kubeconfig(dir).toString(), "--certs", dir.toString(),
                "--runtime", "renode", "--firmware", firmware.toString());
        if (dev.fleetcast.live.device.renode.RenodeInstallation.find(System.getenv("PATH")).isEmpty()) {
            assertThat(code).isEqualTo(ExitCodes.INPUT);
            assertThat(renode.err()).contains("no 'renode' executable is on PATH").doesNotContain("Exception");
        }
        CliRun noFirmware = new CliRun();
        assertThat(noFirmware.run("live", "devices", "--certs", dir.toString(), "--runtime", "renode"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(noFirmware.err()).contains("needs --firmware");
    }

    private Path kubeconfig(Path dir) throws Exception {
        return Files.writeString(dir.resolve("kubeconfig"), """
                apiVersion: v1
                kind: Config
                clusters:
                - name: mock
                  cluster:
                    server: %s
                    insecure-skip-tls-verify: true
                contexts:
                - name: mock
                  context: {cluster: mock, user: mock, namespace: fleet}
                current-context: mock
                users:
                - name: mock
                  user: {token: test}
                """.formatted(client.getMasterUrl()));
    }
}
