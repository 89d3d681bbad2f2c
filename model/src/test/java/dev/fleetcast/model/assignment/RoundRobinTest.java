package dev.fleetcast.model.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.model.assignment.AssignmentPolicy.Assigner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundRobinTest {

    private static FleetView view(boolean... running) {
        List<GatewayView> gateways = new ArrayList<>();
        for (int i = 0; i < running.length; i++) {
            gateways.add(GatewayView.of("gateway-" + (i + 1), running[i], 0));
        }
        return new FleetView(gateways);
    }

    private static List<String> decide(Assigner assigner, FleetView view, int times) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            Decision decision = assigner.decide(DeviceRef.named("device-" + i), view);
            chosen.add(decision instanceof Decision.Assigned a ? a.gateway() : "none");
        }
        return chosen;
    }

    @Test
    void rotatesThroughTheGatewaysInViewOrder() {
        Assigner assigner = new RoundRobin().startRun(null);

        assertThat(decide(assigner, view(true, true, true), 7)).containsExactly(
                "gateway-1", "gateway-2", "gateway-3", "gateway-1", "gateway-2", "gateway-3", "gateway-1");
    }

    @Test
    void skipsGatewaysThatAreNotRunningWithoutLosingItsPlace() {
        Assigner assigner = new RoundRobin().startRun(null);
        decide(assigner, view(true, true, true), 1); // took gateway-1

        assertThat(decide(assigner, view(true, false, true), 3))
                .containsExactly("gateway-3", "gateway-1", "gateway-3");
        assertThat(decide(assigner, view(true, true, true), 2))
                .as("the rotation resumes after the last gateway taken")
                .containsExactly("gateway-1", "gateway-2");
    }

    @Test
    void saysWhyWhenNoGatewayIsRunning() {
        Decision decision = new RoundRobin().startRun(null).decide(DeviceRef.named("device-0"), view(false, false));

        assertThat(decision).isEqualTo(new Decision.NoneAvailable("no gateway is Running (2 seen)"));
    }

    @Test
    void eachRunStartsAfresh() {
        RoundRobin policy = new RoundRobin();
        Assigner first = policy.startRun(null);
        decide(first, view(true, true), 1);

        assertThat(decide(policy.startRun(null), view(true, true), 1)).containsExactly("gateway-1");
    }
}
