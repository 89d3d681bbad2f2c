package dev.fleetcast.model.discipline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.model.assignment.AssignmentPolicy;
import dev.fleetcast.model.assignment.Decision;
import dev.fleetcast.model.assignment.DeviceRef;
import dev.fleetcast.model.assignment.FleetView;
import dev.fleetcast.model.assignment.GatewayView;
import dev.fleetcast.model.discipline.Discipline.Reconciler;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/**
 * The enrollment race, interleaved by hand: two reconciles both read before either writes.
 * Expected outcomes are worked out in each test's comments.
 */
class DisciplinesTest {

    /** Least-connections, local to this test so it does not depend on the policy catalogue. */
    private static final AssignmentPolicy FEWEST = new AssignmentPolicy() {
        @Override
        public String name() {
            return "fewest";
        }

        @Override
        public Assigner startRun(UniformRandomProvider random) {
            return (DeviceRef device, FleetView view) -> view.running().stream()
                    .min(Comparator.comparingInt(GatewayView::believedDevices))
                    .<Decision>map(g -> new Decision.Assigned(g.name()))
                    .orElse(new Decision.NoneAvailable("none running"));
        }
    };

    private static List<ReconcileOutcome> raceTwo(Discipline discipline, ManualStore store) {
        Reconciler reconciler = discipline.startRun(FEWEST, null);
        List<ReconcileOutcome> outcomes = new ArrayList<>();
        reconciler.reconcile(DeviceRef.named("device-a"), Intent.PLACE, store, outcomes::add);
        reconciler.reconcile(DeviceRef.named("device-b"), Intent.PLACE, store, outcomes::add);
        store.drain(); // both reads run before both writes: FIFO order of requests
        return outcomes;
    }

    @Test
    void blindAndNaiveBothPickTheSameGatewayWhenTheyReadBeforeEitherWrites() {
        // Both read counts {0, 0}; fewest picks gateway-1 (first in view order) twice.
        for (Discipline discipline : List.of(new Blind(), new Naive(3))) {
            ManualStore store = new ManualStore("gateway-1", "gateway-2");

            List<ReconcileOutcome> outcomes = raceTwo(discipline, store);

            assertThat(store.devicesPerGateway()).as(discipline.name())
                    .isEqualTo(Map.of("gateway-1", 2, "gateway-2", 0));
            assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(ReconcileOutcome.Assigned.class));
            assertThat(((ReconcileOutcome.Assigned) outcomes.get(1)).decision().countsSeen())
                    .as("the decision record shows the stale counts it decided from")
                    .containsEntry("gateway-1", 0).containsEntry("gateway-2", 0);
        }
    }

    @Test
    void ledgerCountsTheFirstDecisionBeforeTheSecondIsMade() {
        // Both reads return {0, 0}, but the first decision adds gateway-1 to the ledger at
        // once, so the second sees {1, 0} and picks gateway-2.
        ManualStore store = new ManualStore("gateway-1", "gateway-2");

        raceTwo(new Ledger(), store);

        assertThat(store.devicesPerGateway()).isEqualTo(Map.of("gateway-1", 1, "gateway-2", 1));
    }

    @Test
    void optimisticLosesTheClaimOnceThenDecidesAgainFromFreshCounters() {
        // Both read counters {0@v1, 0@v1} and claim gateway-1 at v1; the second claim
        // conflicts, re-reads {1@v2, 0@v1} and claims gateway-2.
        ManualStore store = new ManualStore("gateway-1", "gateway-2");

        List<ReconcileOutcome> outcomes = raceTwo(new Optimistic(3), store);

        assertThat(store.devicesPerGateway()).isEqualTo(Map.of("gateway-1", 1, "gateway-2", 1));
        assertThat(store.counter("gateway-1")).isEqualTo(1);
        assertThat(store.counter("gateway-2")).isEqualTo(1);
        assertThat(store.conflicts).isEqualTo(1);
        ReconcileOutcome.Assigned second = (ReconcileOutcome.Assigned) outcomes.get(1);
        assertThat(second.conflicts()).isEqualTo(1);
        assertThat(second.decision().attempt()).isEqualTo(2);
    }

    @Test
    void optimisticGivesUpAfterItsLastAttempt() {
        ManualStore store = new ManualStore("gateway-1", "gateway-2");

        List<ReconcileOutcome> outcomes = raceTwo(new Optimistic(1), store);

        assertThat(outcomes).hasSize(2);
        assertThat(outcomes).filteredOn(o -> o instanceof ReconcileOutcome.GaveUp).hasSize(1);
        assertThat(store.devicesPerGateway().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
    }

    @Test
    void aDeviceWithARunningGatewayIsLeftAlone() {
        ManualStore store = new ManualStore("gateway-1", "gateway-2");
        Reconciler reconciler = new Ledger().startRun(FEWEST, null);
        List<ReconcileOutcome> outcomes = new ArrayList<>();
        reconciler.reconcile(DeviceRef.named("device-a"), Intent.PLACE, store, outcomes::add);
        store.drain();

        reconciler.reconcile(DeviceRef.named("device-a"), Intent.PLACE, store, outcomes::add);
        store.drain();

        assertThat(outcomes.get(1)).isEqualTo(new ReconcileOutcome.AlreadyAssigned("gateway-1"));
        assertThat(store.devicesPerGateway()).isEqualTo(Map.of("gateway-1", 1, "gateway-2", 0));
    }

    @Test
    void aLedgerReleaseFreesThePlace() {
        ManualStore store = new ManualStore("gateway-1", "gateway-2");
        Reconciler reconciler = new Ledger().startRun(FEWEST, null);
        reconciler.reconcile(DeviceRef.named("device-a"), Intent.PLACE, store, o -> { });
        store.drain();

        reconciler.released("device-a", "gateway-1", store);
        List<ReconcileOutcome> outcomes = new ArrayList<>();
        reconciler.reconcile(DeviceRef.named("device-b"), Intent.PLACE, store, outcomes::add);
        store.drain();

        // The ledger holds {0, 0} after the release, so device-b goes to gateway-1 as well
        // (the manual store itself never forgets device-a, which is fine for this test).
        assertThat(((ReconcileOutcome.Assigned) outcomes.get(0)).decision().decision())
                .isEqualTo(new Decision.Assigned("gateway-1"));
    }

    @Test
    void aDeviceLeavingARunningGatewayIsMovedElsewhere() {
        // device-a sits on gateway-1, which is still Running (a partition); leaving it, the
        // policy may only pick gateway-2, even though gateway-1 would otherwise be emptier.
        ManualStore store = new ManualStore("gateway-1", "gateway-2");
        Reconciler reconciler = new Blind().startRun(FEWEST, null);
        reconciler.reconcile(DeviceRef.named("device-a"), Intent.PLACE, store, o -> { });
        reconciler.reconcile(DeviceRef.named("device-b"), Intent.PLACE, store, o -> { });
        store.drain(); // both on gateway-1 (the race)
        List<ReconcileOutcome> outcomes = new ArrayList<>();

        reconciler.reconcile(DeviceRef.named("device-a"), new Intent.Leave("gateway-1"), store, outcomes::add);
        store.drain();

        assertThat(((ReconcileOutcome.Assigned) outcomes.get(0)).decision().decision())
                .isEqualTo(new Decision.Assigned("gateway-2"));
        assertThat(store.devicesPerGateway()).isEqualTo(Map.of("gateway-1", 1, "gateway-2", 1));
    }
}
