package dev.fleetcast.live.crd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CRDs created in the mock API server (CRUD mode), then Gateways and Devices through them. */
@EnableKubernetesMockClient(crud = true)
class CrdRoundTripTest {

    KubernetesClient client;

    @BeforeEach
    void installCrds() {
        CrdManifests.install(client);
    }

    @Test
    void crdsAreCreatedReadListedAndDeleted() {
        var crds = client.apiextensions().v1().customResourceDefinitions();
        assertThat(crds.withName(Gateway.CRD_NAME).get().getSpec().getNames().getShortNames()).containsExactly("gw");
        assertThat(crds.withName(Device.CRD_NAME).get().getSpec().getGroup()).isEqualTo(Device.GROUP);
        assertThat(crds.list().getItems()).extracting(c -> c.getMetadata().getName())
                .contains(Gateway.CRD_NAME, Device.CRD_NAME);
        // installing again replaces rather than failing
        CrdManifests.install(client);
        crds.withName(Device.CRD_NAME).delete();
        assertThat(crds.withName(Device.CRD_NAME).get()).isNull();
    }

    @Test
    void gatewayRoundTripsWithItsStatusSubresource() {
        Gateway gateway = new Gateway();
        gateway.setMetadata(new ObjectMetaBuilder().withName("gw-1").withNamespace("test").build());
        new Ownership("run-1").apply(gateway);
        gateway.getSpec().setEndpoint("gw-1.test.svc:8443");
        gateway.getSpec().setMaxDevices(40);
        gateway.getSpec().setCapabilities(List.of("tls", "wasm"));
        gateway.getSpec().setWeight(2.5);
        GatewayConfig config = new GatewayConfig();
        config.setHeartbeatInterval("10s");
        gateway.getSpec().setConfig(config);

        Gateway created = client.resources(Gateway.class).inNamespace("test").resource(gateway).create();
        assertThat(created.getMetadata().getResourceVersion()).isNotBlank();
        assertThat(created.getMetadata().getLabels()).containsEntry(Ownership.MANAGED_BY, "fleetcast")
                .containsEntry(Ownership.RUN, "run-1");

        GatewayStatus status = new GatewayStatus();
        status.setPhase(Phases.wire(dev.fleetcast.model.fleet.GatewayPhase.RUNNING));
        status.setAssignedDevices(7);
        status.setConnectedDevices(3);
        GatewayCondition ready = new GatewayCondition();
        ready.setType("Ready");
        ready.setStatus("True");
        status.setConditions(List.of(ready));
        created.setStatus(status);
        client.resources(Gateway.class).inNamespace("test").resource(created).updateStatus();

        Gateway read = client.resources(Gateway.class).inNamespace("test").withName("gw-1").get();
        assertThat(read.getSpec().getEndpoint()).isEqualTo("gw-1.test.svc:8443");
        assertThat(read.getSpec().maxDevicesOrDefault()).isEqualTo(40);
        assertThat(read.getSpec().weightOrDefault()).isEqualTo(2.5);
        assertThat(read.getSpec().getCapabilities()).containsExactly("tls", "wasm");
        assertThat(read.getSpec().getConfig().getHeartbeatInterval()).isEqualTo("10s");
        assertThat(Phases.gatewayOf(read)).isEqualTo(dev.fleetcast.model.fleet.GatewayPhase.RUNNING);
        assertThat(read.getStatus().getAssignedDevices()).isEqualTo(7);
        assertThat(read.getStatus().getConditions()).singleElement()
                .satisfies(c -> assertThat(c.getStatus()).isEqualTo("True"));

        client.resources(Gateway.class).inNamespace("test").withName("gw-1").delete();
        assertThat(client.resources(Gateway.class).inNamespace("test").list().getItems()).isEmpty();
    }

    @Test
    void deviceRoundTripsAndAStaleStatusPatchConflicts() {
        Device device = new Device();
        device.setMetadata(new ObjectMetaBuilder().withName("dev-1").withNamespace("test").build());
        device.getSpec().setPublicKey("MCowBQYDK2VwAyEA");
        device.getSpec().setMcuType("Mps2An385");
        device.getSpec().setRegion("eu");
        Device created = client.resources(Device.class).inNamespace("test").resource(device).create();

        DeviceStatus status = new DeviceStatus();
        status.setPhase("Enrolling");
        status.setGateway(new DeviceGatewayRef("gw-1", "127.0.0.1:9443"));
        status.setPairingModeSnake(true);
        status.setAssignmentReason("least-connections/ledger");
        created.setStatus(status);
        Device patched = client.resources(Device.class).inNamespace("test").resource(created).patchStatus();
        assertThat(patched.getMetadata().getResourceVersion()).isNotEqualTo(created.getMetadata().getResourceVersion());

        Device read = client.resources(Device.class).inNamespace("test").withName("dev-1").get();
        assertThat(read.getSpec().getRegion()).isEqualTo("eu");
        assertThat(Phases.deviceOf(read)).isEqualTo(dev.fleetcast.model.fleet.DevicePhase.ENROLLING);
        assertThat(read.getStatus().gatewayNameOrEmpty()).isEqualTo("gw-1");
        assertThat(read.getStatus().getGateway().getEndpoint()).isEqualTo("127.0.0.1:9443");
        assertThat(read.getStatus().getPairingModeSnake()).isTrue();
        assertThat(read.getStatus().getPairingMode()).isNull();
        assertThat(read.getStatus().getAssignmentReason()).isEqualTo("least-connections/ledger");

        // created still carries the old resourceVersion: the optimistic check must refuse it
        created.getStatus().setPhase("Connected");
        assertThatThrownBy(() -> client.resources(Device.class).inNamespace("test").resource(created).patchStatus())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(409));
    }
}
