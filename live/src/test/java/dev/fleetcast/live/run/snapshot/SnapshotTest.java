package dev.fleetcast.live.run.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fleetcast.formats.scenario.ScenarioFile;
import dev.fleetcast.formats.scenario.ScenarioReader;
import dev.fleetcast.live.crd.CrdManifests;
import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.Gateway;
import dev.fleetcast.live.run.LiveRunException;
import dev.fleetcast.model.scenario.AutoscalingSettings;
import dev.fleetcast.model.scenario.CreationProcess;
import dev.fleetcast.model.scenario.GatewaySpec;
import dev.fleetcast.model.scenario.ScalingRule;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots of a namespace in the mock API server, read back by fleetcast's ScenarioReader. */
@EnableKubernetesMockClient(crud = true)
class SnapshotTest {

    private static final String NS = "lab";

    KubernetesClient client;

    @TempDir
    Path directory;

    @BeforeEach
    void fleet() {
        CrdManifests.install(client);
        gateway("gw-a", 40, 2.0, "eu-west");
        gateway("gw-b", 60, 1.0, null);
        gateway("gw-c", 100, 0.5, "us");
        for (int i = 1; i <= 7; i++) {
            Device device = new Device();
            device.setMetadata(new ObjectMetaBuilder().withName("device-" + i).withNamespace(NS)
                    .withCreationTimestamp(Instant.parse("2026-01-01T10:00:00Z").plusSeconds(3L * (7 - i)).toString())
                    .build());
            device.getSpec().setPublicKey("k" + i);
            client.resource(device).create();
        }
    }

    @Test
    void theScenarioReadsBackWithTheClustersGatewaysAndFleetSize() throws Exception {
        Path output = directory.resolve("snap.yaml");
        List<Path> written = SnapshotWriter.write(SnapshotReader.read(client, NS, Instant.parse("2026-02-03T04:05:06Z")),
                output, false);
        assertThat(written).containsExactly(output.toAbsolutePath());

        ScenarioFile file = new ScenarioReader().read(output);
        assertThat(file.scenario().devices()).isEqualTo(7);
        assertThat(file.scenario().gateways()).containsExactly(new GatewaySpec("gw-a", 40, 2.0, "eu-west"),
                new GatewaySpec("gw-b", 60, 1.0, ""), new GatewaySpec("gw-c", 100, 0.5, "us"));
        assertThat(file.scenario().autoscaling()).isEmpty();
        // creation times as the cluster stamped them, from the first: the mock keeps what it was given or stamps
        // its own; either way one per device, in order
        assertThat(file.scenario().creation()).isInstanceOfAny(CreationProcess.Recorded.class, CreationProcess.Steady.class);
        assertThat(Files.readString(output)).startsWith("# fleetcast live snapshot of namespace lab at ")
                .contains("taken 2026-02-03T04:05:06Z");
    }

    @Test
    void anHpaOnAGatewaysDeploymentBecomesTheScenariosAutoscaling() {
        client.apps().deployments().inNamespace(NS).resource(new DeploymentBuilder().withNewMetadata()
                .withName("gw-b-deployment").endMetadata().withNewSpec().endSpec().build()).create();
        client.autoscaling().v2().horizontalPodAutoscalers().inNamespace(NS).resource(new HorizontalPodAutoscalerBuilder()
                .withNewMetadata().withName("gateway-autoscaler").withNamespace(NS).endMetadata()
                .withNewSpec().withNewScaleTargetRef().withApiVersion("apps/v1").withKind("Deployment")
                .withName("gw-b-deployment").endScaleTargetRef().withMinReplicas(2).withMaxReplicas(10)
                .addNewMetric().withType("Resource").withNewResource().withName("cpu").withNewTarget()
                .withType("Utilization").withAverageUtilization(70).endTarget().endResource().endMetric()
                .endSpec().build()).create();
        Path output = directory.resolve("with-hpa.yaml");
        List<Path> written = SnapshotWriter.write(SnapshotReader.read(client, NS, Instant.now()), output, false);
        assertThat(written).hasSize(2);
        assertThat(written.get(1).getFileName().toString()).isEqualTo("with-hpa-hpa.yaml");

        ScenarioFile file = new ScenarioReader().read(output);
        AutoscalingSettings autoscaling = file.scenario().autoscaling().orElseThrow();
        assertThat(autoscaling.gateway()).isEqualTo("gw-b");
        assertThat(autoscaling.rule()).isInstanceOf(ScalingRule.Hpa.class);
        assertThat(((ScalingRule.Hpa) autoscaling.rule()).spec().maxReplicas()).isEqualTo(10);
        assertThat(file.scenario().load()).isPresent();
    }

    @Test
    void anExistingFileIsNotOverwrittenWithoutForce() throws Exception {
        Path output = directory.resolve("snap.yaml");
        Files.writeString(output, "mine");
        ClusterFleet fleet = SnapshotReader.read(client, NS, Instant.now());
        assertThatThrownBy(() -> SnapshotWriter.write(fleet, output, false)).isInstanceOf(LiveRunException.class)
                .hasMessageContaining("snap.yaml exists").hasMessageContaining("--force");
        assertThat(Files.readString(output)).isEqualTo("mine");
        SnapshotWriter.write(fleet, output, true);
        assertThat(new ScenarioReader().read(output).scenario().devices()).isEqualTo(7);
    }

    @Test
    void anEmptyNamespaceIsRefusedSayingWhy() {
        ClusterFleet fleet = SnapshotReader.read(client, "empty", Instant.now());
        assertThatThrownBy(() -> SnapshotWriter.write(fleet, directory.resolve("x.yaml"), false))
                .isInstanceOf(LiveRunException.class).hasMessageContaining("0 Gateways and 0 Devices");
    }

    private void gateway(String name, int maxDevices, double weight, String region) {
        Gateway gateway = new Gateway();
        gateway.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(NS).build());
        gateway.getSpec().setMaxDevices(maxDevices);
        gateway.getSpec().setWeight(weight);
        gateway.getSpec().setRegion(region);
        gateway.getSpec().setEndpoint(name + ":8443");
        client.resource(gateway).create();
    }
}
