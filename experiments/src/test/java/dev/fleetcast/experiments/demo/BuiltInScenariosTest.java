package dev.fleetcast.experiments.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.experiments.platform.PlatformExperiment;
import dev.fleetcast.experiments.run.ReplicationResult;
import dev.fleetcast.experiments.run.ReplicationRunner;
import dev.fleetcast.formats.scenario.ScenarioFile;
import dev.fleetcast.model.result.AutoscalingOutcome;
import dev.fleetcast.model.result.PlatformOutcome;
import dev.fleetcast.sim.platform.PlatformRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuiltInScenariosTest {

    @Test
    void everyBuiltInScenarioReads() {
        List<String> names = new ArrayList<>(BuiltInScenarios.ENROLLMENT);
        names.add(BuiltInScenarios.FAILOVER);
        names.add(BuiltInScenarios.GATEWAY_JOINS);
        names.add(BuiltInScenarios.GATEWAY_LEAVES);
        names.addAll(BuiltInScenarios.AUTOSCALING);
        for (String name : names) {
            assertThat(BuiltInScenarios.load(name).scenario().name()).isEqualTo(name);
        }
    }

    @Test
    void firstAvailablePutsFortyDevicesOnGatewayOne() {
        ScenarioFile file = BuiltInScenarios.load("enrollment-first-available");
        PlatformExperiment.Result result = PlatformExperiment.run(BuiltInScenarios.resized(file.scenario(), 40, 2),
                file.seed(), 2, new ReplicationRunner(2), PlatformRun.Keep.NOTHING, ReplicationRunner.Progress.SILENT);

        for (ReplicationResult<PlatformOutcome> r : result.replications()) {
            assertThat(((ReplicationResult.Succeeded<PlatformOutcome>) r).value().assignedPerGateway())
                    .isEqualTo(Map.of("gateway-1", 40, "gateway-2", 0));
        }
    }

    @Test
    void afterDeletingGatewayOneEveryOtherGatewayHoldsTwentyFive() {
        ScenarioFile file = BuiltInScenarios.load(BuiltInScenarios.FAILOVER);
        PlatformExperiment.Result result = PlatformExperiment.run(file.scenario(), file.seed(), 4,
                new ReplicationRunner(2), PlatformRun.Keep.NOTHING, ReplicationRunner.Progress.SILENT);

        for (ReplicationResult<PlatformOutcome> r : result.replications()) {
            PlatformOutcome outcome = ((ReplicationResult.Succeeded<PlatformOutcome>) r).value();
            assertThat(outcome.assignedPerGateway()).isEqualTo(Map.of("gateway-1", 0, "gateway-2", 25,
                    "gateway-3", 25, "gateway-4", 25, "gateway-5", 25));
            assertThat(outcome.failoverRecoveries()).hasSize(20);
        }
    }

    /**
     * WASMBED's HPA under the spike: the scenario's 2 replicas serve 60 messages/s before the
     * spike (CPU about 16% of request, ratio 0.23: no change), the spike at 600 s brings the
     * ratio far above 1 and the HPA scales out within two sync periods of the scrape that
     * sees it; its behavior allows at most max(100%, +2) per 15 s, so the first step is 2 → 4.
     * After the spike it returns to its minimum of 2, through the 300-s scale-down window.
     */
    @Test
    void wasmbedsHpaScalesOutOnTheSpikeAndBackToItsMinimum() {
        ScenarioFile file = BuiltInScenarios.load("wasmbed-hpa-spike");
        PlatformExperiment.Result result = PlatformExperiment.run(file.scenario(), file.seed(), 2,
                new ReplicationRunner(2), PlatformRun.Keep.NOTHING, ReplicationRunner.Progress.SILENT);

        for (ReplicationResult<PlatformOutcome> r : result.replications()) {
            AutoscalingOutcome scaling = ((ReplicationResult.Succeeded<PlatformOutcome>) r).value().autoscaling()
                    .orElseThrow();
            assertThat(scaling.events().get(0).from()).isEqualTo(2);
            assertThat(scaling.events().get(0).to()).isEqualTo(4);
            assertThat(scaling.firstScaleUpNanos()).isBetween(600_000_000_000L, 645_000_000_000L);
            assertThat(scaling.events().get(scaling.events().size() - 1).to()).isEqualTo(2);
            // no scale-down before the spike's end (780 s) plus the 300-s window
            assertThat(scaling.events()).filteredOn(e -> e.to() < e.from())
                    .allSatisfy(e -> assertThat(e.timeNanos()).isGreaterThanOrEqualTo(1_080_000_000_000L));
        }
    }
}
