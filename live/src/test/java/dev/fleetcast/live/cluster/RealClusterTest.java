package dev.fleetcast.live.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fleetcast.live.controller.DeviceController;
import dev.fleetcast.live.controller.DeviceControllerConfig;
import dev.fleetcast.live.controller.Disciplines;
import dev.fleetcast.live.controller.StatusStoreProbe;
import dev.fleetcast.live.controller.TestFleet;
import dev.fleetcast.live.crd.CrdManifests;
import dev.fleetcast.live.crd.Device;
import dev.fleetcast.model.assignment.Policies;
import dev.fleetcast.model.discipline.WriteResult;
import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.timeline.DeviceEventKind;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The CRDs, the status write path and the device controller against a real API server.
 * Opt-in: see the package documentation; without {@code FLEETCAST_KUBECONFIG} every test skips.
 */
@Tag("cluster")
class RealClusterTest {

    static final String VARIABLE = "FLEETCAST_KUBECONFIG";
    static final String HOW_TO_RUN = "set " + VARIABLE + " to a kubeconfig file for a cluster you may write to, "
            + "e.g. " + VARIABLE + "=$HOME/.kube/config mvn -B verify -Pcluster -pl live -am";
    static final List<String> GATEWAYS = List.of("gw-1", "gw-2", "gw-3", "gw-4", "gw-5");
    static final Duration PATIENCE = Duration.ofSeconds(60);

    static Config config;
    static KubernetesClient client;
    /** The CRDs this class installed (and removes at the end); already installed ones are left alone. */
    static final List<String> installedHere = new ArrayList<>();

    String ns;

    /**
     * The kubeconfig file {@value #VARIABLE} names; aborts (skips) the calling test with a message
     * saying how to enable it when the variable is unset or names no file.
     */
    static Path kubeconfigOrSkip() {
        String kubeconfig = System.getenv(VARIABLE);
        Assumptions.assumeTrue(kubeconfig != null && !kubeconfig.isBlank(),
                () -> VARIABLE + " is unset: the real-cluster test is skipped; to run it, " + HOW_TO_RUN);
        Path file = Path.of(kubeconfig);
        Assumptions.assumeTrue(Files.isRegularFile(file),
                () -> VARIABLE + "=" + kubeconfig + " is not a file: the real-cluster test is skipped; " + HOW_TO_RUN);
        return file;
    }

    /** Connects and installs the CRDs once, for the first test that is enabled. */
    static synchronized void connectAndInstallCrds(Path kubeconfig) throws Exception {
        if (client != null) {
            return;
        }
        config = Config.fromKubeconfig(null, Files.readString(kubeconfig), kubeconfig.toString());
        client = new KubernetesClientBuilder().withConfig(config).build();
        for (CustomResourceDefinition crd : CrdManifests.all()) {
            var resource = client.apiextensions().v1().customResourceDefinitions().withName(crd.getMetadata().getName());
            if (resource.get() == null) {
                client.apiextensions().v1().customResourceDefinitions().resource(crd).create();
                installedHere.add(crd.getMetadata().getName());
            }
            resource.waitUntilCondition(c -> c != null && c.getStatus() != null && c.getStatus().getConditions()
                    .stream().anyMatch(k -> k.getType().equals("Established") && k.getStatus().equals("True")),
                    PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
    }

    @AfterAll
    static void removeCrdsAndDisconnect() {
        if (client == null) {
            return;
        }
        for (String name : installedHere) {
            client.apiextensions().v1().customResourceDefinitions().withName(name).delete();
        }
        installedHere.clear();
        client.close();
        client = null;
    }

    @BeforeEach
    void freshNamespace() throws Exception {
        connectAndInstallCrds(kubeconfigOrSkip());
        ns = "fleetcast-it-" + Long.toString(new Random().nextLong() & 0xffffffffL, 36);
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(ns)
                .addToLabels("app.kubernetes.io/managed-by", "fleetcast").endMetadata().build()).create();
    }

    @AfterEach
    void deleteNamespace() {
        if (ns != null) {
            client.namespaces().withName(ns).delete();
        }
    }

    @Test
    void statusIsASubresourceThatRoundTripsAndAStaleVersionIsRefusedWith409() throws Exception {
        TestFleet.gateway(client, ns, "gw-probe", "Running");
        assertThat(TestFleet.status(client, ns, "gw-probe").getPhase()).isEqualTo("Running");
        TestFleet.device(client, ns, "dev-probe");
        var device = client.resources(Device.class).inNamespace(ns).withName("dev-probe");
        String created = device.get().getMetadata().getResourceVersion();
        long version = Long.parseLong(created);

        try (StatusStoreProbe store = new StatusStoreProbe(client, ns)) {
            // the controller's write: a merge patch on /status carrying the version it read
            assertThat(store.writeAssignment("dev-probe", "gw-probe", version)).isInstanceOf(WriteResult.Written.class);
            Device written = device.get();
            assertThat(written.getStatus().getPhase()).isEqualTo("Enrolling");
            assertThat(written.getStatus().getGateway().getName()).isEqualTo("gw-probe");
            assertThat(written.getStatus().getGateway().getEndpoint()).isEqualTo("gw-probe.test:8443");
            assertThat(written.getStatus().getAssignmentReason()).as("fleetcast's field survives pruning")
                    .isEqualTo("status store probe");
            assertThat(written.getSpec().getPublicKey()).isEqualTo("key-dev-probe");

            // a subresource: status sent to the main resource is ignored
            device.patch(PatchContext.of(PatchType.JSON_MERGE), "{\"status\":{\"phase\":\"Connected\"}}");
            assertThat(device.get().getStatus().getPhase()).isEqualTo("Enrolling");

            // the version read before the write is stale now: 409, which the store reports as a conflict
            assertThatThrownBy(() -> device.status().patch(PatchContext.of(PatchType.JSON_MERGE),
                    "{\"metadata\":{\"resourceVersion\":\"" + created + "\"},\"status\":{\"phase\":\"Pending\"}}"))
                    .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(409));
            assertThat(store.writeAssignment("dev-probe", "gw-probe", version)).isInstanceOf(WriteResult.Conflict.class);
            assertThat(device.get().getStatus().getPhase()).as("neither stale write landed").isEqualTo("Enrolling");
        }
    }

    @Test
    void theControllerSpreadsABurstOf50WithinOneAndMovesAFailedGatewaysDevicesLosingNone() throws Exception {
        GATEWAYS.forEach(g -> TestFleet.gateway(client, ns, g, "Running"));
        List<DeviceEvent> events = new CopyOnWriteArrayList<>();
        DeviceControllerConfig settings = DeviceControllerConfig.of(ns,
                Policies.byName("least-connections", true).orElseThrow(),
                Disciplines.byName("ledger", 20).orElseThrow(), 8);
        try (KubernetesClient controllerClient = new KubernetesClientBuilder().withConfig(config).build();
                DeviceController controller = new DeviceController(controllerClient, settings, Clock.systemUTC(),
                        events::add).start()) {
            IntStream.range(0, 50).parallel().forEach(i -> TestFleet.device(client, ns, String.format("dev-%02d", i)));
            assertThat(TestFleet.await(PATIENCE, () -> {
                Map<String, String> a = TestFleet.assignment(client, ns);
                return a.size() == 50 && !a.containsValue("");
            })).as("all 50 assigned").isTrue();
            Map<String, String> before = TestFleet.assignment(client, ns);
            Map<String, Integer> counts = TestFleet.counts(before, GATEWAYS);
            assertThat(counts.keySet()).containsExactlyElementsOf(GATEWAYS);
            assertThat(spread(counts)).as("max - min of %s", counts).isLessThanOrEqualTo(1);

            TestFleet.setPhase(client, ns, "gw-1", "Failed");
            List<String> onFirst = before.entrySet().stream().filter(e -> e.getValue().equals("gw-1"))
                    .map(Map.Entry::getKey).toList();
            assertThat(onFirst).hasSize(10);
            assertThat(TestFleet.await(PATIENCE, () -> !TestFleet.assignment(client, ns).containsValue("gw-1")))
                    .as("all moved off gw-1").isTrue();

            Map<String, String> after = TestFleet.assignment(client, ns);
            assertThat(after).as("none lost").hasSize(50).doesNotContainValue("");
            List<String> survivors = GATEWAYS.subList(1, GATEWAYS.size());
            assertThat(after.values()).allMatch(survivors::contains);
            before.forEach((device, gateway) -> {
                if (!gateway.equals("gw-1")) {
                    assertThat(after.get(device)).as("%s stays", device).isEqualTo(gateway);
                }
            });
            Map<String, Integer> survivorCounts = TestFleet.counts(after, survivors);
            assertThat(spread(survivorCounts)).as("max - min of %s", survivorCounts).isLessThanOrEqualTo(1);
            assertThat(events).filteredOn(e -> e.kind() == DeviceEventKind.REASSIGNED)
                    .extracting(DeviceEvent::device).containsExactlyInAnyOrderElementsOf(onFirst);
            System.out.printf("real cluster: burst %s, after gw-1 failed %s%n", counts, survivorCounts);
        }
    }

    private static int spread(Map<String, Integer> counts) {
        return Collections.max(counts.values()) - Collections.min(counts.values());
    }
}
