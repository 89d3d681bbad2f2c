package dev.fleetcast.sim.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.model.distribution.ExponentialDuration;
import dev.fleetcast.model.distribution.UniformDuration;
import dev.fleetcast.model.load.LoadProfile;
import dev.fleetcast.model.scenario.MessageLoad;
import dev.fleetcast.sim.kernel.Engine;
import dev.fleetcast.sim.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewayDeploymentTest {

    private static final long S = 1_000_000_000L;

    private final Engine engine = new Engine();
    private final List<String> dropped = new ArrayList<>();
    private final GatewayLoad load = new GatewayLoad(engine,
            new MessageLoad(new LoadProfile.Steady(0.1), new ExponentialDuration(1_000_000L), 1), new RandomStreams(4),
            List.of("g"), Map.of("g", new GatewayLoad.DeploymentSettings(1, new UniformDuration(5 * S, 5 * S), 30 * S)),
            dropped::add);
    private final GatewayDeployment deployment = load.deployment("g");

    private static int connections(GatewayDeployment deployment, String replica) {
        return deployment.replicas().stream().filter(r -> r.name().equals(replica)).findFirst().orElseThrow()
                .connections();
    }

    @Test
    void addedReplicasTakeOnlyNewConnections() {
        for (int i = 0; i < 20; i++) {
            load.connected("old-" + i, "g");
        }
        deployment.scaleTo(3, List.of());
        engine.runUntil(4 * S);
        assertThat(deployment.replicas()).extracting(GatewayReplica::ready).containsExactly(true, false, false);
        load.connected("early", "g"); // while the new replicas start, only g-1 is ready
        engine.runUntil(6 * S);
        for (int i = 0; i < 60; i++) {
            load.connected("new-" + i, "g");
        }

        assertThat(connections(deployment, "g-1")).isGreaterThanOrEqualTo(21); // its 21, and its share of the new
        assertThat(connections(deployment, "g-1") + connections(deployment, "g-2") + connections(deployment, "g-3"))
                .isEqualTo(81);
        // 60 connections over 3 replicas at random: each gets Binomial(60, 1/3), mean 20, sd 3.65;
        // at least 5 each fails with probability below 1e-5
        assertThat(connections(deployment, "g-2")).isGreaterThanOrEqualTo(5);
        assertThat(connections(deployment, "g-3")).isGreaterThanOrEqualTo(5);
    }

    @Test
    void removedReplicasDrainThenDropTheirConnectionsAndTheNewestGoFirst() {
        deployment.scaleTo(3, List.of());
        engine.runUntil(10 * S);
        for (int i = 0; i < 30; i++) {
            load.connected("d-" + i, "g");
        }
        int onSurvivor = connections(deployment, "g-1");

        deployment.scaleTo(1, List.of());
        assertThat(deployment.replicas()).extracting(GatewayReplica::terminating).containsExactly(false, true, true);
        engine.runUntil(39 * S);
        assertThat(dropped).isEmpty(); // still draining
        engine.runUntil(41 * S);

        assertThat(dropped).hasSize(30 - onSurvivor);
        assertThat(deployment.replicas()).extracting(GatewayReplica::name).containsExactly("g-1");
        dropped.forEach(device -> load.connected(device, "g")); // the devices reconnect
        assertThat(connections(deployment, "g-1")).isEqualTo(30);
    }

    @Test
    void namedReplicasAreRemovedFirst() {
        deployment.scaleTo(3, List.of());
        engine.runUntil(10 * S);
        deployment.scaleTo(2, List.of("g-1"));
        assertThat(deployment.replicas()).filteredOn(GatewayReplica::terminating).extracting(GatewayReplica::name)
                .containsExactly("g-1");
    }
}
