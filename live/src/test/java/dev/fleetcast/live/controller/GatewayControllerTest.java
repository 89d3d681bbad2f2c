package dev.fleetcast.live.controller;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.live.crd.Gateway;
import dev.fleetcast.live.crd.Ownership;
import dev.fleetcast.live.standin.GatewayLauncher;
import dev.fleetcast.live.standin.Kubelet;
import dev.fleetcast.live.standin.KubeletTimings;
import dev.fleetcast.live.standin.MockApiServer;
import dev.fleetcast.model.distribution.UniformDuration;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The gateway controller with the stand-in's kubelet: workloads, phases, endpoint, cleanup. */
class GatewayControllerTest {

    static final String NS = TestFleet.NS;

    @Test
    void gatewayLifecycle() throws Exception {
        List<String> launcherCalls = new CopyOnWriteArrayList<>();
        GatewayLauncher launcher = new GatewayLauncher() {
            @Override
            public String start(String gateway) {
                launcherCalls.add("start " + gateway);
                return "127.0.0.1:19443";
            }

            @Override
            public void stop(String gateway) {
                launcherCalls.add("stop " + gateway);
            }
        };
        List<String> phases = Collections.synchronizedList(new ArrayList<>());
        List<String> endpointWhenRunning = new CopyOnWriteArrayList<>();
        try (MockApiServer server = MockApiServer.start(0);
                KubernetesClient client = server.newClient();
                Watch watch = client.resources(Gateway.class).inNamespace(NS).watch(new Watcher<>() {
                    @Override
                    public void eventReceived(Action action, Gateway g) {
                        String phase = g.getStatus() == null ? null : g.getStatus().getPhase();
                        if (phase != null && (phases.isEmpty() || !phases.get(phases.size() - 1).equals(phase))) {
                            phases.add(phase);
                            if (phase.equals("Running")) {
                                endpointWhenRunning.add(g.getSpec().getEndpoint());
                            }
                        }
                    }

                    @Override
                    public void onClose(WatcherException cause) {
                    }
                });
                Kubelet kubelet = new Kubelet(server.newClient(), NS, new KubeletTimings(
                        new UniformDuration(100_000_000L, 200_000_000L), 7), launcher).start();
                GatewayController controller = new GatewayController(server.newClient(), NS,
                        GatewayWorkloadSettings.defaults(), new Backoff(Duration.ofMillis(20), Duration.ofSeconds(1)))
                        .start()) {
            Gateway gateway = new Gateway();
            gateway.setMetadata(new ObjectMetaBuilder().withName("gw-a").withNamespace(NS).build());
            new Ownership("run-7").apply(gateway);
            gateway.getSpec().setEndpoint("gw-a.placeholder:8443");
            gateway.getSpec().setTlsPort(9443);
            Gateway created = client.resources(Gateway.class).inNamespace(NS).resource(gateway).create();

            assertThat(TestFleet.await(Duration.ofSeconds(10), () -> "Running".equals(phase(client)))).isTrue();
            Deployment deployment = client.apps().deployments().inNamespace(NS).withName("fleetcast-gw-gw-a").get();
            assertThat(deployment.getMetadata().getOwnerReferences()).singleElement().satisfies(o -> {
                assertThat(o.getUid()).isEqualTo(created.getMetadata().getUid());
                assertThat(o.getKind()).isEqualTo("Gateway");
                assertThat(o.getController()).isTrue();
            });
            assertThat(deployment.getMetadata().getLabels()).containsEntry(Ownership.MANAGED_BY, "fleetcast")
                    .containsEntry(Ownership.RUN, "run-7").containsEntry(GatewayWorkloads.GATEWAY_LABEL, "gw-a");
            assertThat(deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getArgs())
                    .contains("gw-a", NS);
            Service service = client.services().inNamespace(NS).withName("fleetcast-gw-gw-a").get();
            assertThat(service.getSpec().getPorts()).extracting(ServicePort::getName, ServicePort::getPort)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("http", 8080),
                            org.assertj.core.groups.Tuple.tuple("tls", 9443));
            assertThat(client.resources(Gateway.class).inNamespace(NS).withName("gw-a").get().getSpec().getEndpoint())
                    .isEqualTo("127.0.0.1:19443");

            // a crash: Running -> Failed, then back to Running when the pod restarts
            kubelet.crash("fleetcast-gw-gw-a");
            assertThat(TestFleet.await(Duration.ofSeconds(10),
                    () -> phases.size() >= 4 && "Running".equals(phase(client)))).as("%s", phases).isTrue();

            // the Deployment deleted under a live Gateway: Failed, recreated, Running again
            client.apps().deployments().inNamespace(NS).withName("fleetcast-gw-gw-a").delete();
            assertThat(TestFleet.await(Duration.ofSeconds(10),
                    () -> phases.size() >= 6 && "Running".equals(phase(client)))).as("%s", phases).isTrue();
            assertThat(phases).containsExactly("Pending", "Running", "Failed", "Running", "Failed", "Running");
            assertThat(endpointWhenRunning).containsOnly("127.0.0.1:19443");

            // deleting the Gateway removes its workloads and stops its server
            client.resources(Gateway.class).inNamespace(NS).withName("gw-a").delete();
            assertThat(TestFleet.await(Duration.ofSeconds(10), () ->
                    client.apps().deployments().inNamespace(NS).withName("fleetcast-gw-gw-a").get() == null
                            && client.services().inNamespace(NS).withName("fleetcast-gw-gw-a").get() == null
                            && client.pods().inNamespace(NS).list().getItems().isEmpty())).isTrue();
            assertThat(TestFleet.await(Duration.ofSeconds(5),
                    () -> launcherCalls.size() == 6)).as("%s", launcherCalls).isTrue();
            assertThat(launcherCalls).containsExactly("start gw-a", "stop gw-a", "start gw-a", "stop gw-a",
                    "start gw-a", "stop gw-a");
        }
    }

    @Test
    void aReplicaThatDoesNotLeadWritesNothing() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean leading = new java.util.concurrent.atomic.AtomicBoolean(false);
        try (MockApiServer server = MockApiServer.start(0);
                KubernetesClient client = server.newClient();
                GatewayController controller = new GatewayController(server.newClient(), NS,
                        GatewayWorkloadSettings.defaults(), new Backoff(Duration.ofMillis(20), Duration.ofSeconds(1)),
                        leading::get).start()) {
            TestFleet.gateway(client, "gw-b", null);
            Thread.sleep(700);
            assertThat(client.apps().deployments().inNamespace(NS).list().getItems()).isEmpty();
            assertThat(phase(client, "gw-b")).isNull();
            leading.set(true);
            assertThat(TestFleet.await(Duration.ofSeconds(5),
                    () -> client.apps().deployments().inNamespace(NS).withName("fleetcast-gw-gw-b").get() != null
                            && "Pending".equals(phase(client, "gw-b")))).isTrue();
        }
    }

    private static String phase(KubernetesClient client, String name) {
        Gateway g = client.resources(Gateway.class).inNamespace(NS).withName(name).get();
        return g == null || g.getStatus() == null ? null : g.getStatus().getPhase();
    }

    private static String phase(KubernetesClient client) {
        Gateway g = client.resources(Gateway.class).inNamespace(NS).withName("gw-a").get();
        return g == null || g.getStatus() == null ? null : g.getStatus().getPhase();
    }
}
