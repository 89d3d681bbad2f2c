package dev.fleetcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.Gateway;
import dev.fleetcast.live.standin.GatewayLauncher;
import dev.fleetcast.live.standin.KubeletTimings;
import dev.fleetcast.live.standin.Kubeconfigs;
import dev.fleetcast.live.standin.StandIn;
import dev.fleetcast.model.distribution.UniformDuration;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveControllerAndStandInCommandTest {

    @TempDir
    Path dir;

    @Test
    void standInWritesAKubeconfigAndStops() throws Exception {
        CliRun cli = new CliRun();
        Path kubeconfig = dir.resolve("k/config");
        int code = cli.run("live", "stand-in", "--kubeconfig-out", kubeconfig.toString(), "--stop-after-ms", "300");
        assertThat(code).as(cli.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(kubeconfig)).contains("server: http://127.0.0.1:", "namespace: default");
        assertThat(cli.out()).contains("stand-in API server at http://127.0.0.1:", "stand-in stopped");
    }

    @Test
    void standInHelpSaysTheLauncherIsANoOpForNow() {
        CliRun cli = new CliRun();
        assertThat(cli.run("live", "stand-in", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("no-op until the gateway server");
    }

    @Test
    void unknownPolicyAndDisciplineAreUsageErrorsListingTheAllowedNames() {
        CliRun cli = new CliRun();
        assertThat(cli.run("live", "controller", "--policy", "nope")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("unknown --policy 'nope'", "least-connections", "round-robin")
                .doesNotContain("Exception");
        assertThat(cli.run("live", "controller", "--discipline", "greedy")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("unknown --discipline 'greedy'", "ledger, optimistic");
        assertThat(cli.run("live", "controller", "--workers", "0")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aMissingKubeconfigIsAnInputError() {
        CliRun cli = new CliRun();
        assertThat(cli.run("live", "controller", "--kubeconfig", dir.resolve("nope").toString()))
                .isEqualTo(ExitCodes.INPUT);
        assertThat(cli.err()).contains("--kubeconfig", "no such file").doesNotContain("\tat ");
    }

    @Test
    void controllerAssignsDevicesOnTheStandIn() throws Exception {
        try (StandIn standIn = StandIn.start(0, "default",
                new KubeletTimings(new UniformDuration(20_000_000L, 60_000_000L), 3), GatewayLauncher.none());
                KubernetesClient client = standIn.server().newClient()) {
            Path kubeconfig = dir.resolve("kubeconfig");
            Kubeconfigs.write(kubeconfig, standIn.url(), "default");
            for (String name : new String[] {"gw-1", "gw-2"}) {
                Gateway g = new Gateway();
                g.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace("default").build());
                g.getSpec().setEndpoint(name + ".default.svc:8443");
                client.resources(Gateway.class).resource(g).create();
            }
            Thread.sleep(100);
            for (int i = 0; i < 10; i++) {
                Device d = new Device();
                d.setMetadata(new ObjectMetaBuilder().withName("dev-" + i).withNamespace("default").build());
                d.getSpec().setPublicKey("k");
                client.resources(Device.class).resource(d).create();
            }
            CliRun cli = new CliRun();
            int code = cli.run("live", "controller", "--kubeconfig", kubeconfig.toString(), "--discipline",
                    "optimistic", "--workers", "3", "--stop-after-ms", "3000");
            assertThat(code).as(cli.err()).isEqualTo(ExitCodes.OK);
            assertThat(cli.out()).contains("discipline optimistic", "controllers stopped after 10 assignment(s)");
            assertThat(client.resources(Device.class).list().getItems())
                    .allSatisfy(d -> assertThat(d.getStatus().gatewayNameOrEmpty()).isIn("gw-1", "gw-2"));
            assertThat(client.resources(Gateway.class).list().getItems())
                    .allSatisfy(g -> assertThat(g.getStatus().getPhase()).isEqualTo("Running"));
        }
    }
}
