package dev.fleetcast.formats.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.model.distribution.EmpiricalDuration;
import dev.fleetcast.model.distribution.LogNormalDuration;
import dev.fleetcast.model.distribution.ShiftedDuration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CalibrationDetailsReaderTest {

    private static final long S = 1_000_000_000L;

    private static final CalibratedQuantity FITTED = new CalibratedQuantity("podStartup",
            new ShiftedDuration(19_700_000_000L, new LogNormalDuration(8_123_456_789L, 0.41)),
            Optional.of(new CalibratedQuantity.FitStatistics("lognormal", true, -250.5, 507.0, 514.8, 0.05, 0.3, 199,
                    0.62, 0.55)),
            List.of(new CalibratedQuantity.Alternative("gamma(shape=3, scale=3s, shift=19s)", "aic", 509.2)),
            List.of("a warning"), List.of(new ShiftedDuration(19 * S, new LogNormalDuration(8 * S, 0.4))),
            List.of(new CalibratedQuantity.SourceReference("pods.json", "ab".repeat(32), 100)),
            new long[] {21 * S, 25 * S, 39_500_000_000L});
    private static final CalibratedQuantity EMPIRICAL = new CalibratedQuantity("apiList",
            new EmpiricalDuration(new long[] {100_000_000L, 120_000_000L}), Optional.empty(), List.of(), List.of(),
            List.of(), List.of(), new long[] {100_000_000L, 120_000_000L});

    @Test
    void readsBackEverythingTheWriterWrote() {
        String text = new CalibrationWriter().write("test", List.of(FITTED, EMPIRICAL));

        CalibrationDetails read = new CalibrationDetailsReader().read("c.yaml", text);

        assertThat(read.source()).isEqualTo("test");
        assertThat(read.quantities()).extracting(CalibratedQuantity::name).containsExactly("podStartup", "apiList");
        CalibratedQuantity pod = read.quantity("podStartup").orElseThrow();
        assertThat(pod.distribution()).isEqualTo(FITTED.distribution());
        assertThat(pod.fit()).isEqualTo(FITTED.fit());
        assertThat(pod.alternatives()).isEqualTo(FITTED.alternatives());
        assertThat(pod.warnings()).isEqualTo(FITTED.warnings());
        assertThat(pod.draws()).isEqualTo(FITTED.draws());
        assertThat(pod.sources()).isEqualTo(FITTED.sources());
        assertThat(pod.samplesNanos()).containsExactly(FITTED.samplesNanos());
        CalibratedQuantity list = read.quantity("apiList").orElseThrow();
        assertThat(list.fit()).isEmpty();
        assertThat(list.samplesNanos()).containsExactly(100_000_000L, 120_000_000L);
    }

    @Test
    void aHandWrittenFileHasDistributionsOnly() {
        CalibrationDetails read = new CalibrationDetailsReader().read("c.yaml",
                "schemaVersion: 1\nkind: calibration\nquantities:\n  podStartup: uniform(20s, 40s)\n"
                        + "  apiList: {distribution: \"normal(mean=112ms, sd=15ms)\", samples: 40}\n");

        assertThat(read.quantities()).extracting(CalibratedQuantity::name).containsExactly("podStartup", "apiList");
        assertThat(read.quantities()).allSatisfy(q -> {
            assertThat(q.samplesNanos()).isEmpty();
            assertThat(q.fit()).isEmpty();
        });
    }

    @Test
    void badDetailsAreProblemsNamingTheirPlace() {
        String text = new CalibrationWriter().write("test", List.of(FITTED)).replace("- 25.0", "- \"soon\"")
                .replace("aic: 507.0", "aic: lots");

        assertThatThrownBy(() -> new CalibrationDetailsReader().read("c.yaml", text))
                .isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("2 problems")
                .hasMessageContaining("quantities.podStartup.samplesSeconds[1]: found \"soon\"")
                .hasMessageContaining("quantities.podStartup.fit.aic: found \"lots\"");
    }

    @Test
    void whatTheBasicReaderRefusesIsRefusedAlike() {
        assertThatThrownBy(() -> new CalibrationDetailsReader().read("c.yaml", "schemaVersion: 1\nkind: scenario\n"))
                .isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("kind: found \"scenario\"");
    }
}
