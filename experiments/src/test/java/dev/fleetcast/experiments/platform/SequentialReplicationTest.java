package dev.fleetcast.experiments.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.experiments.demo.BuiltInScenarios;
import dev.fleetcast.experiments.run.ReplicationRunner;
import dev.fleetcast.formats.scenario.ScenarioFile;
import dev.fleetcast.sim.platform.PlatformRun;
import org.junit.jupiter.api.Test;

class SequentialReplicationTest {

    private final ScenarioFile file = BuiltInScenarios.load(BuiltInScenarios.FAILOVER);
    private final ReplicationRunner runner = new ReplicationRunner(2);

    /**
     * Adding replications until the relative half-widths reach 10% stops as soon as they do,
     * and gives exactly what a fixed run of that many replications gives (same seeds).
     */
    @Test
    void stopsWhenPreciseAndEqualsAFixedRunOfTheSameCount() {
        PlatformExperiment.Result sequential = PlatformExperiment.runToPrecision(file.scenario(), file.seed(), 4, 100,
                0.10, runner, PlatformRun.Keep.NOTHING, ReplicationRunner.Progress.SILENT);
        int n = sequential.replications().size();

        assertThat(PlatformExperiment.imprecise(sequential.summary(), 0.10)).isEmpty();
        assertThat(n).isBetween(4, 100);
        // one batch fewer would not have been precise enough (batches of 2 from 4)
        if (n > 4) {
            PlatformExperiment.Result fewer = PlatformExperiment.run(file.scenario(), file.seed(), n - 2, runner,
                    PlatformRun.Keep.NOTHING, ReplicationRunner.Progress.SILENT);
            assertThat(PlatformExperiment.imprecise(fewer.summary(), 0.10)).isNotEmpty();
        }
        PlatformExperiment.Result fixed = PlatformExperiment.run(file.scenario(), file.seed(), n, runner,
                PlatformRun.Keep.NOTHING, ReplicationRunner.Progress.SILENT);
        assertThat(sequential.summary()).isEqualTo(fixed.summary());
    }

    @Test
    void stopsAtTheCapAndSaysWhatIsStillImprecise() {
        PlatformExperiment.Result capped = PlatformExperiment.runToPrecision(file.scenario(), file.seed(), 4, 6, 0.001,
                runner, PlatformRun.Keep.NOTHING, ReplicationRunner.Progress.SILENT);
        assertThat(capped.replications()).hasSize(6);
        assertThat(PlatformExperiment.imprecise(capped.summary(), 0.001)).contains("failover-recovery-mean");
    }
}
