package dev.fleetcast.experiments.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.fleetcast.experiments.demo.BuiltInScenarios;
import dev.fleetcast.experiments.run.ReplicationRunner;
import dev.fleetcast.formats.scenario.ScenarioFile;
import dev.fleetcast.model.scenario.PlanSettings;
import org.junit.jupiter.api.Test;

class CapacityPlannerTest {

    @Test
    void clopperPearsonBoundsAreAsTabulated() {
        // no violation in 59 runs: 1 − 0.05^(1/59) = 0.0495; in 60: 0.0487
        assertThat(CapacityPlanner.upperBound(0, 59, 0.95)).isCloseTo(1 - Math.pow(0.05, 1 / 59.0), offset(1e-9));
        assertThat(CapacityPlanner.upperBound(0, 60, 0.95)).isLessThan(0.05);
        // 1 violation in 60: the 95% quantile of Beta(2, 59) ≈ 0.0770
        assertThat(CapacityPlanner.upperBound(1, 60, 0.95)).isCloseTo(0.0770, offset(0.0005));
        assertThat(CapacityPlanner.upperBound(5, 5, 0.95)).isEqualTo(1);
    }

    /**
     * The example question: 2,000 devices, maxDevices 100 respected, one gateway killed in the
     * hour. 20 gateways hold the fleet only until one dies — its 100 devices then have nowhere
     * to go — so the answer is 21, and the evidence shows 20's violations. Re-simulating 21 on
     * fresh seeds (another scenario seed) meets the objectives again at the stated confidence.
     */
    @Test
    void answersTheExampleAndTheAnswerHoldsOnFreshSeeds() {
        ScenarioFile file = BuiltInScenarios.load("capacity-plan-2000");
        PlanSettings settings = file.plan().orElseThrow();
        assertThat(settings.replications()).isGreaterThanOrEqualTo(settings.replicationsNeededWithoutViolations());
        ReplicationRunner runner = new ReplicationRunner(2);

        CapacityPlanner.Plan plan = new CapacityPlanner(file.scenario(), settings, file.seed(), runner,
                (g, done, total) -> { }).plan();

        assertThat(plan.answer()).hasValue(21);
        CapacityPlanner.Candidate below = plan.candidates().stream().filter(c -> c.gateways() == 20).findFirst()
                .orElseThrow();
        assertThat(below.meets()).isFalse();
        assertThat(below.evidence()).anySatisfy(e -> assertThat(e.estimate()).isGreaterThan(settings.risk()));
        CapacityPlanner.Candidate fresh = new CapacityPlanner(file.scenario(), settings, file.seed() + 1_000, runner,
                (g, done, total) -> { }).evaluate(21);
        assertThat(fresh.meets()).isTrue();
        assertThat(fresh.evidence()).allSatisfy(e -> {
            assertThat(e.runs()).isEqualTo(settings.replications());
            assertThat(e.upperBound()).isLessThanOrEqualTo(settings.risk());
        });
    }
}
