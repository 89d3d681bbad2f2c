package dev.fleetcast.model.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.model.fleet.GatewayPhase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One suite, every policy in the catalogue, both capacity rules. */
class PolicyContractTest {

    static Stream<AssignmentPolicy> policies() {
        List<AssignmentPolicy> all = new ArrayList<>();
        for (String name : Policies.names()) {
            all.add(Policies.byName(name, false).orElseThrow());
            all.add(Policies.byName(name, true).orElseThrow());
        }
        return all.stream();
    }

    /** A random view: 1-8 gateways, random phases, counts, capacities, weights and regions. */
    private static FleetView randomView(SplittableRandom random) {
        int n = 1 + random.nextInt(8);
        List<GatewayView> gateways = new ArrayList<>();
        GatewayPhase[] phases = GatewayPhase.values();
        for (int i = 0; i < n; i++) {
            int max = 1 + random.nextInt(20);
            gateways.add(new GatewayView("gateway-" + i, phases[random.nextInt(phases.length)], random.nextInt(25), max,
                    0.5 + random.nextInt(4), random.nextBoolean() ? "eu" : "us"));
        }
        return new FleetView(gateways);
    }

    private static List<String> run(AssignmentPolicy policy, long seed, int decisions) {
        SplittableRandom views = new SplittableRandom(99);
        SplittableRandom draws = new SplittableRandom(seed);
        AssignmentPolicy.Assigner assigner = policy.startRun(draws::nextLong);
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < decisions; i++) {
            FleetView view = randomView(views);
            Decision decision = assigner.decide(new DeviceRef("device-" + i, "", i % 2 == 0 ? "eu" : ""), view);
            chosen.add(decision instanceof Decision.Assigned a ? a.gateway() : "none");
        }
        return chosen;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void picksOnlyEligibleGatewaysAndSaysNoneOnlyWhenThereAreNone(AssignmentPolicy policy) {
        CapacityRule rule = policy.toString().contains("RESPECT") ? CapacityRule.RESPECT_MAX_DEVICES
                : CapacityRule.IGNORE_MAX_DEVICES;
        SplittableRandom views = new SplittableRandom(5);
        SplittableRandom draws = new SplittableRandom(6);
        AssignmentPolicy.Assigner assigner = policy.startRun(draws::nextLong);
        for (int i = 0; i < 2_000; i++) {
            FleetView view = randomView(views);
            Map<String, GatewayView> byName = new HashMap<>();
            view.gateways().forEach(g -> byName.put(g.name(), g));
            boolean anyEligible = view.gateways().stream().anyMatch(rule::eligible);
            Decision decision = assigner.decide(new DeviceRef("device-" + i, "gateway-1", i % 3 == 0 ? "eu" : ""), view);
            if (decision instanceof Decision.Assigned assigned) {
                GatewayView chosen = byName.get(assigned.gateway());
                assertThat(chosen).as("a gateway of the view").isNotNull();
                assertThat(rule.eligible(chosen)).as("%s chose %s in %s", policy, chosen, view).isTrue();
            } else {
                assertThat(anyEligible).as("%s found none in %s", policy, view).isFalse();
                assertThat(((Decision.NoneAvailable) decision).reason()).isNotBlank();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void theSameSeedGivesTheSameDecisionsAndRunsShareNoMemory(AssignmentPolicy policy) {
        List<String> first = run(policy, 11, 300);
        assertThat(run(policy, 11, 300)).isEqualTo(first);
    }
}
