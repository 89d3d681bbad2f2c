package dev.fleetcast.live.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.live.crd.CrdManifests;
import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.Gateway;
import dev.fleetcast.live.crd.Ownership;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

@EnableKubernetesMockClient(crud = true)
class DryRunTest {

    KubernetesClient client;

    @Test
    void printsEveryObjectAndTheScheduleAndCreatesNothing() {
        CrdManifests.install(client);
        RunPlan plan = RunPlanner.plan(Scenarios.steady(4, 2, "  - {at: 30s, gateway: gateway-2, kind: delete}\n"
                + "  - {at: 40s, gateway: gateway-1, kind: restart, duration: 5s}\n"), "lab", "run-d", 3);
        String text = DryRun.describe(plan, RunObjects.of(plan));

        List<String> documents = Arrays.stream(text.split("(?m)^---$")).skip(1).toList();
        assertThat(documents).hasSize(6);
        List<HasMetadata> objects = documents.stream().map(d -> (HasMetadata) Serialization.unmarshal(d)).toList();
        assertThat(objects).extracting(o -> o.getKind() + "/" + o.getMetadata().getName()).containsExactly(
                "Gateway/gateway-1", "Gateway/gateway-2", "Device/device-1", "Device/device-2", "Device/device-3",
                "Device/device-4");
        assertThat(objects).allSatisfy(o -> assertThat(o.getMetadata().getLabels())
                .containsEntry(Ownership.MANAGED_BY, "fleetcast").containsEntry(Ownership.RUN, "run-d"));
        Gateway gateway = Serialization.unmarshal(documents.get(0), Gateway.class);
        assertThat(gateway.getSpec().getEndpoint()).isEqualTo("fleetcast-gw-gateway-1.lab.svc:8443");
        assertThat(gateway.getSpec().getMaxDevices()).isEqualTo(100);
        assertThat(text).contains("0.060s  create Device device-4", "30.000s  delete Gateway gateway-2 (fault)",
                "not applied: restart of gateway-1 at 40.000s");

        assertThat(client.resources(Gateway.class).inNamespace("lab").list().getItems()).isEmpty();
        assertThat(client.resources(Device.class).inNamespace("lab").list().getItems()).isEmpty();
    }
}
