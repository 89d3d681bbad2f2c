package dev.fleetcast.live.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.formats.hpa.HpaManifestReader;
import dev.fleetcast.formats.scenario.ScenarioFile;
import dev.fleetcast.formats.scenario.ScenarioReader;
import dev.fleetcast.live.crd.Ownership;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lab's files (live/kind) as the tools that read them would: the manifests are valid
 * Kubernetes objects labelled as fleetcast's (so a live run does not refuse its own lab), the
 * HPA reads with fleetcast's HPA reader, and the lab scenario with its scenario reader. The
 * scripts themselves need Docker and kind and are checked with bash -n and shellcheck only.
 */
class LabFilesTest {

    private static final Path KIND = Path.of("kind");

    @Test
    void theKindClusterHasOneControlPlaneAndTwoWorkers() throws Exception {
        String config = Files.readString(KIND.resolve("kind-config.yaml"));
        assertThat(config.lines().filter(l -> l.strip().equals("- role: control-plane"))).hasSize(1);
        assertThat(config.lines().filter(l -> l.strip().equals("- role: worker"))).hasSize(2);
    }

    @Test
    void theControllerAndDeviceDeploymentsAreFleetcastsAndRunTheLabImages() throws Exception {
        for (String file : List.of("controller.yaml", "devices.yaml")) {
            List<HasMetadata> objects = objects(file);
            assertThat(objects).as(file).allSatisfy(o -> assertThat(Ownership.managedByFleetcast(o)).isTrue());
            Deployment deployment = objects.stream().filter(Deployment.class::isInstance).map(Deployment.class::cast)
                    .findFirst().orElseThrow();
            assertThat(deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
                    .isEqualTo("fleetcast/controller:dev");
        }
        Deployment controller = (Deployment) objects("controller.yaml").get(0);
        assertThat(controller.getSpec().getTemplate().getSpec().getContainers().get(0).getArgs())
                .contains("--gateway-image=fleetcast/gateway:dev", "--policy=least-connections", "--discipline=ledger");
    }

    @Test
    void theGatewayHpaReadsWithFleetcastsReaderAndTargetsGatewayOnesDeployment() {
        var hpa = new HpaManifestReader().read(KIND.resolve("gateway-hpa.yaml"));
        assertThat(hpa.toString()).contains("fleetcast-gw-gateway-1");
    }

    @Test
    void theLabScenarioReadsAndMatchesTheControllersPolicy() {
        ScenarioFile file = new ScenarioReader().read(KIND.resolve("lab-scenario.yaml"));
        assertThat(file.scenario().devices()).isEqualTo(30);
        assertThat(file.scenario().gateways()).hasSize(3);
        assertThat(file.scenario().controller().policy().name()).isEqualTo("least-connections");
        RunPlan plan = RunPlanner.plan(file.scenario(), "fleetcast-lab", "lab", file.seed(),
                "fleetcast-gw-{gateway}.{namespace}.svc:8443");
        assertThat(plan.faults()).hasSize(1);
        assertThat(plan.skipped()).isEmpty();
        assertThat(plan.gateways().get(0).endpoint()).isEqualTo("fleetcast-gw-gateway-1.fleetcast-lab.svc:8443");
    }

    private static List<HasMetadata> objects(String file) throws Exception {
        String text = Files.readString(KIND.resolve(file)).replace("NAMESPACE", "fleetcast-lab");
        return Arrays.stream(text.split("(?m)^---$")).filter(d -> d.lines().anyMatch(l -> l.startsWith("kind:")))
                .map(d -> (HasMetadata) Serialization.unmarshal(d)).toList();
    }
}
