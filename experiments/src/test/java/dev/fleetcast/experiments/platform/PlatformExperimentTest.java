package dev.fleetcast.experiments.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.experiments.run.ReplicationResult;
import dev.fleetcast.experiments.run.ReplicationRunner;
import dev.fleetcast.model.assignment.RoundRobin;
import dev.fleetcast.model.discipline.Ledger;
import dev.fleetcast.model.result.MetricEstimate;
import dev.fleetcast.model.result.PlatformOutcome;
import dev.fleetcast.model.scenario.CreationProcess;
import dev.fleetcast.model.scenario.FailoverTrigger;
import dev.fleetcast.model.scenario.Fault;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.model.scenario.ReadMode;
import dev.fleetcast.model.scenario.WasmbedDefaults;
import dev.fleetcast.sim.platform.PlatformRun;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformExperimentTest {

    private static final long S = 1_000_000_000L;

    private static PlatformScenario failover() {
        return new PlatformScenario("failover", 50, new CreationProcess.Steady(35 * S, S / 2),
                WasmbedDefaults.gateways(5),
                WasmbedDefaults.controller(new RoundRobin(), new Ledger(), 2, ReadMode.CACHE,
                        FailoverTrigger.GATEWAY_PHASE),
                WasmbedDefaults.latencies(), WasmbedDefaults.heartbeat(),
                List.of(new Fault(200 * S, "gateway-1", Fault.Kind.KILL, 0)), 600 * S, 10 * S);
    }

    @Test
    void theSameSeedGivesTheSameReplicationsOnOneThreadOrTwo() {
        PlatformExperiment.Result one = PlatformExperiment.run(failover(), 77, 4, new ReplicationRunner(1),
                PlatformRun.Keep.EVERYTHING, ReplicationRunner.Progress.SILENT);
        PlatformExperiment.Result two = PlatformExperiment.run(failover(), 77, 4, new ReplicationRunner(2),
                PlatformRun.Keep.EVERYTHING, ReplicationRunner.Progress.SILENT);

        for (int r = 0; r < 4; r++) {
            PlatformOutcome a = ((ReplicationResult.Succeeded<PlatformOutcome>) one.replications().get(r)).value();
            PlatformOutcome b = ((ReplicationResult.Succeeded<PlatformOutcome>) two.replications().get(r)).value();
            assertThat(b.timeline()).isEqualTo(a.timeline());
        }
        assertThat(two.summary()).isEqualTo(one.summary());
    }

    @Test
    void theSummaryHasAnIntervalForEachMetric() {
        PlatformExperiment.Result result = PlatformExperiment.run(failover(), 1, 5, new ReplicationRunner(2),
                PlatformRun.Keep.NOTHING, ReplicationRunner.Progress.SILENT);

        MetricEstimate recovery = result.summary().stream()
                .filter(m -> m.metric().equals("failover-recovery-mean")).findFirst().orElseThrow();
        assertThat(recovery.n()).isEqualTo(5);
        assertThat(recovery.unit()).isEqualTo("s");
        // Failure is noticed 5-15 s after the kill; then a reassign (ms) and a reconnect at
        // the next backoff retry (1, 3, 7, 15 s... after the loss) plus a handshake.
        assertThat(recovery.mean()).isBetween(5.0, 31.0);
        assertThat(recovery.halfWidth()).isPositive();
        MetricEstimate moved = result.summary().stream()
                .filter(m -> m.metric().equals("devices-moved")).findFirst().orElseThrow();
        assertThat(moved.mean()).as("round-robin puts 10 of 50 devices on gateway-1").isEqualTo(10.0);
    }
}
