package dev.fleetcast.live.standin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.live.controller.Backoff;
import dev.fleetcast.live.controller.DeviceController;
import dev.fleetcast.live.controller.DeviceControllerConfig;
import dev.fleetcast.live.controller.Disciplines;
import dev.fleetcast.live.controller.GatewayController;
import dev.fleetcast.live.controller.GatewayWorkloadSettings;
import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.Gateway;
import dev.fleetcast.model.assignment.Policies;
import dev.fleetcast.model.distribution.UniformDuration;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stand-in end to end, through the kubeconfig it writes: Gateways with no status get
 * Deployments, pods, servers and endpoints, turn Running, and the device controller assigns
 * devices to the launched servers' addresses.
 */
class StandInTest {

    @TempDir
    Path dir;

    @Test
    void gatewaysComeUpAndDevicesAreAssignedToTheLaunchedServers() throws Exception {
        AtomicInteger ports = new AtomicInteger(20000);
        Map<String, String> running = new ConcurrentHashMap<>();
        GatewayLauncher launcher = new GatewayLauncher() {
            @Override
            public String start(String gateway) {
                String address = "127.0.0.1:" + ports.incrementAndGet();
                running.put(gateway, address);
                return address;
            }

            @Override
            public void stop(String gateway) {
                running.remove(gateway);
            }
        };
        try (StandIn standIn = StandIn.start(0, "default",
                new KubeletTimings(new UniformDuration(50_000_000L, 300_000_000L), 42), launcher)) {
            Path kubeconfig = dir.resolve("kube/config");
            Kubeconfigs.write(kubeconfig, standIn.url(), "default");
            Config config = Config.fromKubeconfig(null, Files.readString(kubeconfig), kubeconfig.toString());
            assertThat(config.getMasterUrl()).startsWith(standIn.url());
            assertThat(config.getNamespace()).isEqualTo("default");
            try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build();
                    GatewayController gateways = new GatewayController(new KubernetesClientBuilder().withConfig(config)
                            .build(), "default", GatewayWorkloadSettings.defaults(),
                            new Backoff(Duration.ofMillis(20), Duration.ofSeconds(1))).start();
                    DeviceController devices = new DeviceController(new KubernetesClientBuilder().withConfig(config)
                            .build(), DeviceControllerConfig.of("default",
                            Policies.byName("least-connections", true).orElseThrow(),
                            Disciplines.byName("ledger", 5).orElseThrow(), 4), Clock.systemUTC(), e -> { }).start()) {
                for (String name : List.of("gw-1", "gw-2", "gw-3")) {
                    Gateway g = new Gateway();
                    g.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace("default").build());
                    g.getSpec().setEndpoint("unresolved");
                    client.resources(Gateway.class).resource(g).create();
                }
                // Devices that arrive while gateways are still starting pile onto the first Running
                // one (no rebalancing): wait for all three, as a lab run would.
                assertThat(await(() -> gateways.phases().values().stream().filter("Running"::equals).count() == 3))
                        .isTrue();
                for (int i = 0; i < 30; i++) {
                    Device d = new Device();
                    d.setMetadata(new ObjectMetaBuilder().withName("dev-" + i).withNamespace("default").build());
                    d.getSpec().setPublicKey("k" + i);
                    client.resources(Device.class).resource(d).create();
                }
                assertThat(await(() -> client.resources(Device.class).list().getItems().stream()
                        .allMatch(d -> d.getStatus() != null && d.getStatus().getGateway() != null))).isTrue();
                assertThat(gateways.phases()).containsOnlyKeys("gw-1", "gw-2", "gw-3").containsValues("Running");
                Map<String, Long> perGateway = client.resources(Device.class).list().getItems().stream()
                        .collect(Collectors.groupingBy(d -> d.getStatus().getGateway().getName(), Collectors.counting()));
                assertThat(perGateway).containsOnlyKeys("gw-1", "gw-2", "gw-3").containsValues(10L);
                for (Device d : client.resources(Device.class).list().getItems()) {
                    assertThat(d.getStatus().getGateway().getEndpoint())
                            .isEqualTo(running.get(d.getStatus().getGateway().getName()));
                }
                assertThat(standIn.kubelet().pods()).hasSize(3).allSatisfy((dep, pods) -> assertThat(pods).hasSize(1));
            }
        }
        assertThat(running).as("servers stopped with the stand-in").isEmpty();
    }

    private static boolean await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
