package dev.fleetcast.model.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.model.fleet.GatewayPhase;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/** Each policy on hand-computed views; each comment says how the expected gateway follows. */
class PoliciesPinnedTest {

    private static final CapacityRule IGNORE = CapacityRule.IGNORE_MAX_DEVICES;
    private static final CapacityRule RESPECT = CapacityRule.RESPECT_MAX_DEVICES;

    static GatewayView gw(String name, GatewayPhase phase, int devices, int max, double weight, String region) {
        return new GatewayView(name, phase, devices, max, weight, region);
    }

    static GatewayView running(String name, int devices) {
        return gw(name, GatewayPhase.RUNNING, devices, 100, 1, "");
    }

    static UniformRandomProvider random(long seed) {
        SplittableRandom source = new SplittableRandom(seed);
        return source::nextLong;
    }

    static String decide(AssignmentPolicy policy, DeviceRef device, FleetView view) {
        Decision decision = policy.startRun(random(1)).decide(device, view);
        return decision instanceof Decision.Assigned a ? a.gateway() : "none: " + ((Decision.NoneAvailable) decision).reason();
    }

    @Test
    void firstAvailableTakesTheFirstRunningGatewayWhateverItsLoad() {
        // gateway-1 is Pending; gateway-2 is the first Running one, though it holds 50.
        FleetView view = new FleetView(List.of(gw("gateway-1", GatewayPhase.PENDING, 0, 100, 1, ""),
                running("gateway-2", 50), running("gateway-3", 0)));
        assertThat(decide(new FirstAvailable(IGNORE), DeviceRef.named("d"), view)).isEqualTo("gateway-2");
    }

    @Test
    void firstAvailablePutsAWholeFleetOnOneGateway() {
        FleetView view = new FleetView(List.of(running("gateway-1", 0), running("gateway-2", 0)));
        AssignmentPolicy.Assigner assigner = new FirstAvailable(IGNORE).startRun(null);
        for (int i = 0; i < 40; i++) {
            assertThat(assigner.decide(DeviceRef.named("device-" + i), view)).isEqualTo(new Decision.Assigned("gateway-1"));
        }
    }

    @Test
    void preferredHashModNUsesThePreferenceOrTheRustHash() {
        FleetView view = new FleetView(List.of(running("gateway-1", 0), running("gateway-2", 0), running("gateway-3", 0)));
        // Preference honoured when that gateway is Running.
        assertThat(decide(new PreferredHashModN(IGNORE), new DeviceRef("device-1", "gateway-3", ""), view))
                .isEqualTo("gateway-3");
        // Otherwise DefaultHasher("device-1") = 17411179732728789375 (unsigned); mod 3 = 0 → gateway-1.
        assertThat(decide(new PreferredHashModN(IGNORE), new DeviceRef("device-1", "gateway-9", ""), view))
                .isEqualTo("gateway-1");
        // "device-2": 11612173271663923500 mod 3 = 0 → gateway-1.
        assertThat(decide(new PreferredHashModN(IGNORE), DeviceRef.named("device-2"), view)).isEqualTo("gateway-1");
        // "device-99": 15545535461941835254 mod 3 = 1 → gateway-2.
        assertThat(decide(new PreferredHashModN(IGNORE), DeviceRef.named("device-99"), view)).isEqualTo("gateway-2");
        // Five gateways: "device-1" mod 5 = 0 → gateway-1, "device-2" mod 5 = 0 → gateway-1,
        // "device-10": 5841095789354376820 mod 5 = 0 → gateway-1; "device-3" mod 5 = 0 too.
        // With gateway-1 not Running, the modulus is 4 over gateway-2..5:
        // "device-3": 12789660301666647160 mod 4 = 0 → gateway-2.
        FleetView five = new FleetView(List.of(gw("gateway-1", GatewayPhase.FAILED, 0, 100, 1, ""),
                running("gateway-2", 0), running("gateway-3", 0), running("gateway-4", 0), running("gateway-5", 0)));
        assertThat(decide(new PreferredHashModN(IGNORE), DeviceRef.named("device-3"), five)).isEqualTo("gateway-2");
        // "device-3": 12789660301666647160 mod 3 = 1 → gateway-2.
        assertThat(decide(new PreferredHashModN(IGNORE), DeviceRef.named("device-3"), view)).isEqualTo("gateway-2");
    }

    @Test
    void leastConnectionsTakesTheFewestAndBreaksTiesByOrder() {
        // Counts 7, 3, 3: gateway-2 and gateway-3 tie at 3; the first in order wins.
        FleetView view = new FleetView(List.of(running("gateway-1", 7), running("gateway-2", 3), running("gateway-3", 3)));
        assertThat(decide(new LeastConnections(IGNORE), DeviceRef.named("d"), view)).isEqualTo("gateway-2");
    }

    @Test
    void weightedLeastConnectionsDividesByWeight() {
        // Loads 10/1 = 10, 15/2 = 7.5, 8/1 = 8: gateway-2 is least loaded per unit of weight.
        FleetView view = new FleetView(List.of(gw("gateway-1", GatewayPhase.RUNNING, 10, 100, 1, ""),
                gw("gateway-2", GatewayPhase.RUNNING, 15, 100, 2, ""), gw("gateway-3", GatewayPhase.RUNNING, 8, 100, 1, "")));
        assertThat(decide(new WeightedLeastConnections(IGNORE), DeviceRef.named("d"), view)).isEqualTo("gateway-2");
    }

    @Test
    void powerOfTwoChoicesTakesTheLessLoadedOfTheTwoItDraws() {
        FleetView view = new FleetView(List.of(running("gateway-1", 9), running("gateway-2", 1), running("gateway-3", 5)));
        // Draws fixed by a stub: nextInt(3) = 0 (gateway-1), nextInt(2) = 1 → index 2 after
        // skipping the first (gateway-3); 5 < 9, so gateway-3.
        int[] draws = {0, 1};
        int[] next = {0};
        UniformRandomProvider stub = new UniformRandomProvider() {
            @Override
            public long nextLong() {
                throw new AssertionError("only nextInt(bound) is expected");
            }

            @Override
            public int nextInt(int bound) {
                return draws[next[0]++];
            }
        };
        assertThat(new PowerOfTwoChoices(IGNORE).startRun(stub).decide(DeviceRef.named("d"), view))
                .isEqualTo(new Decision.Assigned("gateway-3"));
        assertThat(next[0]).as("two draws").isEqualTo(2);
    }

    @Test
    void boundedLoadSkipsGatewaysAtTheBound() {
        // 3 gateways, 9 devices: bound = ceil(1.25 * 10 / 3) = 5. Loads 5, 5, 0: whatever the
        // ring says, only gateway-3 is below the bound.
        FleetView view = new FleetView(List.of(running("gateway-1", 5), running("gateway-2", 4), running("gateway-3", 0)));
        FleetView full = new FleetView(List.of(running("gateway-1", 5), running("gateway-2", 5), running("gateway-3", 0)));
        for (int i = 0; i < 50; i++) {
            assertThat(decide(new BoundedLoadConsistentHashing(IGNORE), DeviceRef.named("device-" + i), full))
                    .isEqualTo("gateway-3");
        }
        assertThat(decide(new BoundedLoadConsistentHashing(IGNORE), DeviceRef.named("device-1"), view))
                .isIn("gateway-2", "gateway-3");
    }

    @Test
    void regionAffinityPrefersTheRegionAndFallsBack() {
        FleetView view = new FleetView(List.of(gw("eu-1", GatewayPhase.RUNNING, 9, 10, 1, "eu"),
                gw("us-1", GatewayPhase.RUNNING, 0, 10, 1, "us"), gw("eu-2", GatewayPhase.RUNNING, 10, 10, 1, "eu")));
        RegionAffinity eu = new RegionAffinity(new LeastConnections(RESPECT));
        // In eu: eu-1 (9 of 10) has room, eu-2 is full → eu-1, although us-1 is emptier.
        assertThat(decide(eu, new DeviceRef("d", "", "eu"), view)).isEqualTo("eu-1");
        // No region: least-connections over all → us-1.
        assertThat(decide(eu, DeviceRef.named("d"), view)).isEqualTo("us-1");
        // Region with no room left falls back to everything.
        FleetView euFull = new FleetView(List.of(gw("eu-1", GatewayPhase.RUNNING, 10, 10, 1, "eu"),
                gw("us-1", GatewayPhase.RUNNING, 3, 10, 1, "us")));
        assertThat(decide(eu, new DeviceRef("d", "", "eu"), euFull)).isEqualTo("us-1");
    }

    @Test
    void respectingMaxDevicesSaysWhenEveryGatewayIsFull() {
        FleetView full = new FleetView(List.of(gw("gateway-1", GatewayPhase.RUNNING, 100, 100, 1, ""),
                gw("gateway-2", GatewayPhase.RUNNING, 100, 100, 1, "")));
        assertThat(decide(new LeastConnections(RESPECT), DeviceRef.named("d"), full))
                .isEqualTo("none: all 2 Running gateways are full (maxDevices)");
        assertThat(decide(new LeastConnections(IGNORE), DeviceRef.named("d"), full))
                .as("WASMBED ignores maxDevices").isEqualTo("gateway-1");
    }
}
