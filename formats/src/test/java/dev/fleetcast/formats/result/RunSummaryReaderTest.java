package dev.fleetcast.formats.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.model.result.MetricEstimate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunSummaryReaderTest {

    private static RunSummaryFile read(String text) {
        return new RunSummaryReader().read("summary.json", ResultDocument.parse("summary.json", text, "a summary"));
    }

    @Test
    void readsASummaryThatRunWrote() throws Exception {
        RunSummaryFile summary = read(PlatformResultReaderTest.fixture("summary.json"));

        assertThat(summary.scenario()).isEqualTo("small-failover");
        assertThat(summary.scenarioSeed()).isEqualTo(7);
        assertThat(summary.replications()).isEqualTo(3);
        assertThat(summary.failedReplications()).isEmpty();
        assertThat(summary.metric("devices-moved")).hasValueSatisfying(m -> {
            assertThat(m.n()).isEqualTo(3);
            assertThat(m.mean()).isEqualTo(4.0);
            assertThat(m.halfWidth()).isZero();
            assertThat(m.level()).isEqualTo(0.95);
        });
        assertThat(summary.metric("detection-time-mean")).hasValueSatisfying(m -> {
            assertThat(m.n()).isZero();
            assertThat(m.mean()).isNaN();
        });
    }

    @Test
    void whatTheWriterWritesTheReaderReadsBack() {
        List<MetricEstimate> estimates = List.of(new MetricEstimate("enrollment-latency-p95", "s", 10, 39.5, 0.25, 0.95),
                new MetricEstimate("failover-recovery-mean", "s", 0, Double.NaN, Double.NaN, 0.95));
        String text = new RunSummary().json("s", -3, 10, List.of("replication 4: boom"), estimates, "9.9");

        RunSummaryFile read = read(text);

        assertThat(read.metrics()).isEqualTo(estimates);
        assertThat(read.failedReplications()).containsExactly("replication 4: boom");
        assertThat(read.fleetcastVersion()).isEqualTo("9.9");
        assertThat(read.scenarioSeed()).isEqualTo(-3);
    }

    @Test
    void aLevelOutsideZeroToOneIsRefused() {
        String text = new RunSummary().json("s", 1, 2, List.of(),
                List.of(new MetricEstimate("m", "s", 2, 1, 0.1, 0.95)), "1").replace("\"level\" : 0.95", "\"level\" : 95");

        assertThatThrownBy(() -> read(text)).isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("metrics[0].level: found 95");
    }
}
