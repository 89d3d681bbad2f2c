package dev.fleetcast.live.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.fleetcast.live.crd.CrdManifests;
import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.DeviceGatewayRef;
import dev.fleetcast.live.crd.DeviceStatus;
import dev.fleetcast.live.crd.Gateway;
import dev.fleetcast.live.crd.GatewayStatus;

/** Against fabric8's mock API server in CRUD mode, with the CRDs created in it (so the status subresource works). */
@EnableKubernetesMockClient(crud = true)
class Fabric8DeviceStatusReporterTest {

    private static final String NS = "test";

    KubernetesClient client;

    @BeforeEach
    void installCrds() {
        CrdManifests.install(client);
    }

    private void device(String name, String gateway) {
        Device d = new Device();
        d.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(NS).build());
        Device created = client.resources(Device.class).inNamespace(NS).resource(d).create();
        DeviceStatus status = new DeviceStatus();
        status.setPhase("Enrolling");
        status.setGateway(new DeviceGatewayRef(gateway, gateway + ".test.svc:8443"));
        created.setStatus(status);
        client.resources(Device.class).inNamespace(NS).resource(created).patchStatus();
    }

    private DeviceStatus status(String name) {
        return client.resources(Device.class).inNamespace(NS).withName(name).get().getStatus();
    }

    @Test
    void writesTheLifecycleAndKeepsTheControllersAssignment() {
        device("d1", "g1");
        Instant t0 = Instant.parse("2026-11-24T12:00:00Z");
        Fabric8DeviceStatusReporter reporter = new Fabric8DeviceStatusReporter(client, NS, "g1", 2);
        reporter.enrolled("d1", t0);
        reporter.connected("d1", t0.plusSeconds(1));
        reporter.heartbeat("d1", t0.plusSeconds(31));
        reporter.close(Duration.ofSeconds(10));

        DeviceStatus s = status("d1");
        assertThat(s.getPhase()).isEqualTo("Connected");
        assertThat(s.getConnectedSince()).isEqualTo("2026-11-24T12:00:01Z");
        assertThat(s.getGateway().getConnectedAt()).isEqualTo("2026-11-24T12:00:01Z");
        assertThat(s.getLastHeartbeat()).isEqualTo("2026-11-24T12:00:31Z");
        assertThat(s.getGateway().getName()).isEqualTo("g1");
        assertThat(s.getGateway().getEndpoint()).isEqualTo("g1.test.svc:8443");

        Fabric8DeviceStatusReporter again = new Fabric8DeviceStatusReporter(client, NS, "g1", 1);
        again.unreachable("d1", t0.plusSeconds(200));
        again.close(Duration.ofSeconds(10));
        assertThat(status("d1").getPhase()).isEqualTo("Unreachable");
    }

    @Test
    void gatewayStatusWriterPatchesOnlyItsCount() throws Exception {
        Gateway g = new Gateway();
        g.setMetadata(new ObjectMetaBuilder().withName("g1").withNamespace(NS).build());
        Gateway created = client.resources(Gateway.class).inNamespace(NS).resource(g).create();
        GatewayStatus st = new GatewayStatus();
        st.setPhase("Running");
        st.setAssignedDevices(5);
        created.setStatus(st);
        client.resources(Gateway.class).inNamespace(NS).resource(created).patchStatus();

        var ca = dev.fleetcast.live.tls.CertificateAuthority.create("ca", Duration.ofDays(1), java.time.Clock.systemUTC());
        var tls = dev.fleetcast.live.tls.TlsContexts.server(ca.issueServer("g1", java.util.List.of("127.0.0.1"),
                Duration.ofDays(1)), java.util.List.of(), ca.certificate().certificate());
        var clock = java.time.Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), java.time.ZoneOffset.UTC);
        try (GatewayServer server = new GatewayServer(GatewayServerConfig.of("g1", "127.0.0.1", 0, Duration.ofSeconds(90)),
                tls, new InMemoryDeviceStatusReporter(), clock).start();
                Fabric8GatewayStatusWriter writer = new Fabric8GatewayStatusWriter(client, NS, server, clock, Duration.ofHours(1))) {
            writer.writeNow();
        }
        GatewayStatus read = client.resources(Gateway.class).inNamespace(NS).withName("g1").get().getStatus();
        assertThat(read.getConnectedDevices()).isZero();
        assertThat(read.getLastHeartbeat()).isEqualTo("2026-11-24T12:00:00Z");
        assertThat(read.getPhase()).isEqualTo("Running");
        assertThat(read.getAssignedDevices()).isEqualTo(5);
    }

    @Test
    void doesNotMarkDownADeviceThatMovedToAnotherGateway() {
        device("d2", "g2"); // the controller already moved d2 to g2
        device("d3", "g1");
        Fabric8DeviceStatusReporter reporter = new Fabric8DeviceStatusReporter(client, NS, "g1", 1);
        Instant t = Instant.parse("2026-11-24T12:00:00Z");
        reporter.disconnected("d2", t);
        reporter.disconnected("d3", t);
        reporter.heartbeat("no-such-device", t); // 404: logged and dropped, not fatal
        reporter.close(Duration.ofSeconds(10));
        assertThat(status("d2").getPhase()).isEqualTo("Enrolling");
        assertThat(status("d3").getPhase()).isEqualTo("Disconnected");
        assertThat(status("d3").getConnectedSince()).isNull();
    }
}
