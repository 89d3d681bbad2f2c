package dev.fleetcast.formats.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.model.distribution.EmpiricalDuration;
import dev.fleetcast.model.distribution.LogNormalDuration;
import dev.fleetcast.model.distribution.ShiftedDuration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CalibrationWriterTest {

    private static final long S = 1_000_000_000L;

    @Test
    void whatItWritesTheReaderReadsBackAsTheSameDistributions() {
        ShiftedDuration podStartup = new ShiftedDuration(19_700_000_000L, new LogNormalDuration(8_123_456_789L, 0.41));
        CalibratedQuantity fitted = new CalibratedQuantity("podStartup", podStartup,
                Optional.of(new CalibratedQuantity.FitStatistics("lognormal", true, -250.5, 507.0, 514.8, 0.05, 0.3, 199,
                        0.62, 0.55)),
                List.of(new CalibratedQuantity.Alternative("gamma(shape=3, scale=3s, shift=19s)", "aic", 509.2)),
                List.of("a warning"), List.of(new ShiftedDuration(19 * S, new LogNormalDuration(8 * S, 0.4))),
                List.of(new CalibratedQuantity.SourceReference("pods.json", "ab".repeat(32), 100)),
                new long[] {21 * S, 25 * S, 39 * S});
        EmpiricalDuration few = new EmpiricalDuration(new long[] {100_000_000L, 120_000_000L});
        CalibratedQuantity empirical = new CalibratedQuantity("apiList", few, Optional.empty(), List.of(), List.of(),
                List.of(), List.of(), new long[] {100_000_000L, 120_000_000L});

        String text = new CalibrationWriter().write("fleetcast calibrate (test)", List.of(fitted, empirical));
        CalibrationFile read = new CalibrationReader().read("written.yaml", text);

        assertThat(read.source()).isEqualTo("fleetcast calibrate (test)");
        assertThat(read.quantities()).containsEntry("podStartup", podStartup).containsEntry("apiList", few);
        assertThat(text).contains("sha256: \"" + "ab".repeat(32) + "\"", "aic: 507.0", "samplesSeconds:",
                "- 39.0", "fit: \"empirical\"");
    }
}
