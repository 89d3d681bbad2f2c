package dev.fleetcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.formats.scenario.ScenarioReader;
import dev.fleetcast.formats.trace.TraceReader;
import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.Gateway;
import dev.fleetcast.live.crd.GatewayStatus;
import dev.fleetcast.live.standin.MockApiServer;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fleetcast live run} and {@code fleetcast live snapshot} against the mock API server, through a kubeconfig. */
class LiveRunCommandTest {

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

    @TempDir
    Path directory;

    Path kubeconfig;
    Path scenario;

    @BeforeEach
    void setUp() throws Exception {
        kubeconfig = directory.resolve("kubeconfig");
        Files.writeString(kubeconfig, """
                apiVersion: v1
                kind: Config
                clusters:
                - name: mock
                  cluster: {server: "%s", insecure-skip-tls-verify: true}
                users:
                - name: mock
                  user: {token: secret}
                contexts:
                - name: mock
                  context: {cluster: mock, user: mock, namespace: lab}
                current-context: mock
                """.formatted(client.getMasterUrl().toString()));
        scenario = directory.resolve("scenario.yaml");
        Files.writeString(scenario, """
                schemaVersion: 1
                name: cli-live
                devices: 3
                creation: {kind: steady, start: 0s, interval: 10ms}
                gateways: 2
                controller: {policy: round-robin, discipline: ledger}
                duration: 10m
                """);
    }

    @Test
    void dryRunPrintsTheObjectsAndCreatesNothing() {
        CliRun cli = new CliRun();
        int code = cli.run("live", "run", scenario.toString(), "--kubeconfig", kubeconfig.toString(), "--dry-run",
                "--run-id", "r1");
        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out()).contains("namespace lab", "kind: \"Gateway\"", "name: \"device-3\"", "fleetcast.dev/run: \"r1\"");
        assertThat(client.resources(Device.class).inNamespace("lab").list().getItems()).isEmpty();
    }

    @Test
    void aRunWithoutControllerTimesOutWritesAParsableTraceAndCleansUp() {
        CliRun cli = new CliRun();
        Path output = directory.resolve("out");
        int code = cli.run("live", "run", scenario.toString(), "--kubeconfig", kubeconfig.toString(), "--timeout", "1s",
                "--output", output.toString(), "--run-id", "r2", "--plain");
        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out()).contains("timed out", "deleted 5 objects of run r2", "Trace written to");
        assertThat(new TraceReader().read(output.resolve("trace.json")).byDevice()).hasSize(3);
        assertThat(client.resources(Gateway.class).inNamespace("lab").list().getItems()).isEmpty();
    }

    @Test
    void aForeignGatewayIsRefusedWithItsNameAndExitCode1() {
        Gateway foreign = new Gateway();
        foreign.setMetadata(new ObjectMetaBuilder().withName("theirs").withNamespace("lab").build());
        client.resource(foreign).create();
        CliRun cli = new CliRun();
        int code = cli.run("live", "run", scenario.toString(), "--kubeconfig", kubeconfig.toString(), "--timeout", "1s",
                "--output", directory.resolve("out").toString());
        assertThat(code).isEqualTo(ExitCodes.RUNTIME);
        assertThat(cli.err()).contains("Gateway/theirs", "--allow-foreign-objects").doesNotContain("Exception");
    }

    @Test
    void snapshotWritesAScenarioAndRefusesToOverwriteWithoutForce() {
        Gateway gateway = new Gateway();
        gateway.setMetadata(new ObjectMetaBuilder().withName("gw").withNamespace("lab").build());
        gateway.getSpec().setMaxDevices(30);
        gateway.setStatus(new GatewayStatus());
        client.resource(gateway).create();
        Device device = new Device();
        device.setMetadata(new ObjectMetaBuilder().withName("d1").withNamespace("lab").build());
        device.getSpec().setPublicKey("k");
        client.resource(device).create();
        Path output = directory.resolve("snap.yaml");

        CliRun cli = new CliRun();
        assertThat(cli.run("live", "snapshot", "--kubeconfig", kubeconfig.toString(), "-o", output.toString()))
                .as(cli.err()).isZero();
        assertThat(new ScenarioReader().read(output).scenario().gateways()).singleElement()
                .satisfies(g -> assertThat(g.maxDevices()).isEqualTo(30));
        assertThat(cli.run("live", "snapshot", "--kubeconfig", kubeconfig.toString(), "-o", output.toString()))
                .isEqualTo(ExitCodes.INPUT);
        assertThat(cli.err()).contains("exists", "--force");
    }
}
