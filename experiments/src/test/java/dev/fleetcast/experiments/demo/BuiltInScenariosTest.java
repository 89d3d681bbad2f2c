package dev.fleetcast.experiments.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.experiments.platform.PlatformExperiment;
import dev.fleetcast.experiments.run.ReplicationResult;
import dev.fleetcast.experiments.run.ReplicationRunner;
import dev.fleetcast.formats.scenario.ScenarioFile;
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
}
