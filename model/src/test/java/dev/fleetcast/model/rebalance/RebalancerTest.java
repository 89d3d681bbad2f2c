package dev.fleetcast.model.rebalance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fleetcast.model.assignment.CapacityRule;
import dev.fleetcast.model.assignment.Decision;
import dev.fleetcast.model.assignment.DeviceRef;
import dev.fleetcast.model.assignment.FleetView;
import dev.fleetcast.model.assignment.GatewayView;
import dev.fleetcast.model.assignment.LeastConnections;
import dev.fleetcast.model.assignment.PreferredHashModN;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RebalancerTest {

    private static Map<String, String> devices(int perGateway, String... gateways) {
        Map<String, String> placement = new LinkedHashMap<>();
        int d = 1;
        for (String gateway : gateways) {
            for (int i = 0; i < perGateway; i++) {
                placement.put("device-" + d++, gateway);
            }
        }
        return placement;
    }

    @Test
    void leastConnectionsFillsANewGatewayUpToBalanceAndNoFurther() {
        // 30 + 30 devices, a third gateway joins empty: 20 moves make 20/20/20; the budget of
        // 50 is not needed.
        Map<String, String> placement = devices(30, "gateway-1", "gateway-2");
        FleetView view = new FleetView(List.of(GatewayView.of("gateway-1", true, 30), GatewayView.of("gateway-2", true, 30),
                GatewayView.of("gateway-3", true, 0)));

        List<String> moves = Rebalancer.plan(placement, view,
                new LeastConnections(CapacityRule.IGNORE_MAX_DEVICES).startRun(null), 50);

        assertThat(moves).hasSize(20);
    }

    @Test
    void aBalancedFleetIsLeftAloneAndTheBudgetCapsAPlan() {
        Map<String, String> placement = devices(20, "gateway-1", "gateway-2", "gateway-3");
        FleetView balanced = new FleetView(List.of(GatewayView.of("gateway-1", true, 20),
                GatewayView.of("gateway-2", true, 20), GatewayView.of("gateway-3", true, 20)));
        FleetView joined = new FleetView(List.of(GatewayView.of("gateway-1", true, 20),
                GatewayView.of("gateway-2", true, 20), GatewayView.of("gateway-3", true, 20),
                GatewayView.of("gateway-4", true, 0)));
        LeastConnections policy = new LeastConnections(CapacityRule.IGNORE_MAX_DEVICES);

        assertThat(Rebalancer.plan(placement, balanced, policy.startRun(null), 100)).isEmpty();
        assertThat(Rebalancer.plan(placement, joined, policy.startRun(null), 5)).hasSize(5);
    }

    @Test
    void hashModNMovesEveryDeviceWhoseHashNowMapsElsewhere() {
        // Placed by hash mod 2, judged by hash mod 3: a device stays only if both agree.
        Map<String, String> placement = new LinkedHashMap<>();
        PreferredHashModN policy = new PreferredHashModN(CapacityRule.IGNORE_MAX_DEVICES);
        FleetView two = new FleetView(List.of(GatewayView.of("gateway-1", true, 0), GatewayView.of("gateway-2", true, 0)));
        for (int d = 1; d <= 300; d++) {
            var decision = policy.startRun(null).decide(DeviceRef.named("device-" + d), two);
            placement.put("device-" + d, ((Decision.Assigned) decision).gateway());
        }
        FleetView three = new FleetView(List.of(GatewayView.of("gateway-1", true, 150), GatewayView.of("gateway-2", true, 150),
                GatewayView.of("gateway-3", true, 0)));

        List<String> moves = Rebalancer.plan(placement, three, policy.startRun(null), 1_000);

        // Under uniform hashing a device keeps its gateway with probability 1/3 (mod 2 and
        // mod 3 agree on 2 of the 6 residues mod 6), so about 200 of 300 move; 4 standard
        // deviations (sqrt(300 * 2/9) = 8.2) is ±33.
        assertThat(moves.size()).isBetween(167, 233);
    }

    @Test
    void impossibleBudgetsAreRefused() {
        assertThatThrownBy(() -> new MoveBudget(0, 1)).hasMessageContaining("maxMoves");
        assertThatThrownBy(() -> new MoveBudget(1, 0)).hasMessageContaining("interval");
    }
}
