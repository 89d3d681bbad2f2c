package dev.fleetcast.live.controller;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.live.standin.MockApiServer;
import dev.fleetcast.model.assignment.Policies;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The enrollment race, live: under a burst with API latency and watch delay (a {@link
 * DelayingProxy} in front of the mock server), naive — least-connections from the counts read,
 * 8 reconciles in flight — piles devices onto the same gateways, while ledger stays within one.
 * Repeated runs; the spreads are printed for the report.
 */
class NaiveRaceTest {

    static final List<String> GATEWAYS = List.of("gw-1", "gw-2", "gw-3", "gw-4", "gw-5");
    static final int RUNS = 3;
    static final int DEVICES = 60;
    /** One-way delay of the proxy; -Dfleetcast.race.latencyMs=0 measures plain loopback. */
    static final long LATENCY_MS = Long.getLong("fleetcast.race.latencyMs", 15);

    @Test
    void naiveIsLessBalancedThanLedgerUnderLatency() throws Exception {
        List<Integer> naive = new ArrayList<>();
        List<Integer> ledger = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            naive.add(spread("naive", run));
            ledger.add(spread("ledger", run));
        }
        System.out.printf("max-min over %d runs of %d devices at %d ms: naive %s, ledger %s%n", RUNS, DEVICES,
                LATENCY_MS, naive, ledger);
        assertThat(ledger).allMatch(s -> s <= 1);
        assertThat(naive.stream().mapToInt(Integer::intValue).sum())
                .isGreaterThan(ledger.stream().mapToInt(Integer::intValue).sum());
        assertThat(Collections.max(naive)).as("naive's worst run").isGreaterThan(2);
    }

    private int spread(String discipline, int run) throws Exception {
        try (MockApiServer server = MockApiServer.start(0);
                KubernetesClient admin = server.newClient();
                DelayingProxy proxy = new DelayingProxy(server.port(), LATENCY_MS);
                KubernetesClient slow = MockApiServer.clientFor(proxy.url())) {
            GATEWAYS.forEach(g -> TestFleet.gateway(admin, g, "Running"));
            DeviceControllerConfig config = DeviceControllerConfig.of(TestFleet.NS,
                    Policies.byName("least-connections", false).orElseThrow(),
                    Disciplines.byName(discipline, 5).orElseThrow(), 8);
            try (DeviceController controller = new DeviceController(slow, config, Clock.systemUTC(),
                    e -> { }).start()) {
                IntStream.range(0, DEVICES).parallel()
                        .forEach(i -> TestFleet.device(admin, String.format("r%d-dev-%03d", run, i)));
                assertThat(TestFleet.await(Duration.ofSeconds(15),
                        () -> !TestFleet.assignment(admin).containsValue(""))).as("all assigned").isTrue();
                Map<String, Integer> counts = TestFleet.counts(TestFleet.assignment(admin), GATEWAYS);
                System.out.printf("%s run %d: %s%n", discipline, run, counts);
                assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(DEVICES);
                return Collections.max(counts.values()) - Collections.min(counts.values());
            }
        }
    }
}
