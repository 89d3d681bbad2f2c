package dev.fleetcast.experiments.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fleetcast.experiments.run.ReplicationRunner;
import dev.fleetcast.formats.scenario.ScenarioFile;
import dev.fleetcast.formats.scenario.ScenarioReader;
import dev.fleetcast.sim.platform.PlatformRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepRunnerTest {

    private static final String SWEEP = """
            schemaVersion: 1
            name: sweep-test
            seed: 5
            replications: 3
            devices: 20
            creation: {kind: burst, at: 35s}
            gateways: 2
            controller: {policy: round-robin, discipline: naive, workers: 4}
            duration: 3m
            sweep:
              devices: [20, 30]
              controller.policy: [round-robin, least-connections]
            """;

    @TempDir
    Path temp;

    private final ScenarioFile file = new ScenarioReader().read("sweep.yaml", SWEEP);

    private List<SweepRunner.CellResult> run(Path directory, int threads, ReplicationRunner.Progress progress) {
        return new SweepRunner(new ReplicationRunner(threads), "test").run(file.cells(), file.seed(),
                file.replications(), directory, PlatformRun.Keep.NOTHING, progress);
    }

    @Test
    void theMatrixMakesACellPerCombinationFirstAxisSlowest() {
        assertThat(file.cells()).extracting(c -> c.label()).containsExactly(
                "devices=20,controller.policy=round-robin", "devices=20,controller.policy=least-connections",
                "devices=30,controller.policy=round-robin", "devices=30,controller.policy=least-connections");
        assertThat(file.cells().get(3).scenario().devices()).isEqualTo(30);
        assertThat(file.cells().get(3).scenario().controller().policy().name()).isEqualTo("least-connections");
    }

    /**
     * A sweep stopped part-way (at its fifth progress report, after the first cell's 3 runs) and run again ends with the same files as one that
     * ran straight through (here with 1 thread against 2), and the second run does only the
     * runs the first did not write.
     */
    @Test
    void anInterruptedSweepResumesWithoutRedoingFinishedRunsAndEndsTheSame() throws IOException {
        Path straight = temp.resolve("straight");
        run(straight, 1, (done, total) -> { });

        Path resumed = temp.resolve("resumed");
        AtomicInteger seen = new AtomicInteger();
        assertThatThrownBy(() -> run(resumed, 2, (done, total) -> {
            if (seen.incrementAndGet() == 5) {
                throw new IllegalStateException("killed");
            }
        })).hasStackTraceContaining("killed");
        long finishedBefore = resultFiles(resumed).size();
        assertThat(finishedBefore).isBetween(1L, 11L);

        List<SweepRunner.CellResult> second = run(resumed, 2, (done, total) -> { });

        assertThat(second.stream().mapToInt(SweepRunner.CellResult::ran).sum()).isEqualTo(12 - finishedBefore);
        assertThat(second.stream().mapToInt(SweepRunner.CellResult::reused).sum()).isEqualTo(finishedBefore);
        for (Path result : resultFiles(straight)) {
            Path twin = resumed.resolve(straight.relativize(result));
            assertThat(Files.readAllBytes(twin)).as(twin.toString()).isEqualTo(Files.readAllBytes(result));
        }
        assertThat(Files.readString(resumed.resolve("sweep-summary.csv")))
                .isEqualTo(Files.readString(straight.resolve("sweep-summary.csv")))
                .startsWith("devices,controller.policy,enrollment-latency-mean_mean");
    }

    private static List<Path> resultFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(p -> p.getFileName().toString().startsWith("replication-")).sorted().toList();
        }
    }
}
