package dev.fleetcast.formats.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.formats.validation.Problem;
import dev.fleetcast.model.distribution.LogNormalDuration;
import dev.fleetcast.model.distribution.NormalDuration;
import dev.fleetcast.model.distribution.ShiftedDuration;
import dev.fleetcast.model.distribution.UniformDuration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationReaderTest {

    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;

    private final CalibrationReader reader = new CalibrationReader();

    @Test
    void readsQuantitiesAsSpecsOrDescribedFits(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("kind.yaml");
        Files.writeString(file, """
                schemaVersion: 1
                kind: calibration
                source: kind cluster, 2025-10-26
                quantities:
                  podStartup: lognormal(median=8s, sigma=0.4, shift=20s)
                  apiList: {distribution: "normal(mean=112ms, sd=15ms)", samples: 40, aic: 312.5}
                  listPerDevice: 800us
                """, StandardCharsets.UTF_8);

        CalibrationFile calibration = reader.read(file);

        assertThat(calibration.source()).isEqualTo("kind cluster, 2025-10-26");
        assertThat(calibration.quantities()).containsOnlyKeys("apiList", "listPerDevice", "podStartup");
        assertThat(calibration.quantities().get("podStartup"))
                .isEqualTo(new ShiftedDuration(20 * S, new LogNormalDuration(8 * S, 0.4)));
        assertThat(calibration.quantities().get("apiList")).isEqualTo(new NormalDuration(112 * MS, 15 * MS));
        assertThat(calibration.quantities().get("listPerDevice")).isEqualTo(new UniformDuration(800_000, 800_000));
        // SHA-256 of the bytes, so a run records exactly which calibration it used
        assertThat(calibration.sha256()).hasSize(64)
                .isEqualTo(reader.read("again", Files.readString(file)).sha256());
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> reader.read("bad.yaml", """
                schemaVersion: 2
                kind: trace
                colour: blue
                quantities:
                  podStartup: lognormal(median=8s)
                  apiList: {samples: 40}
                  listPerDevice: uniform(1ms, 2ms)
                  bootTime: 3s
                """))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems())
                        .extracting(Problem::format)
                        .hasSize(7) // these four, and the three of namesEachQuantityThatIsWrong
                        .contains(
                                "bad.yaml:1:16: schemaVersion: found version 2; allowed: version 1",
                                "bad.yaml:2:7: kind: found \"trace\"; allowed: \"calibration\"",
                                "bad.yaml:3:1: colour: found an unknown field \"colour\"; allowed: the fields kind, "
                                        + "quantities, schemaVersion, source",
                                "bad.yaml:8:3: quantities.bootTime: found an unknown field \"bootTime\"; allowed: the "
                                        + "fields apiList, apiWrite, failureNoticed, gatewayRollout, handshake, "
                                        + "listPerDevice, podStartup, watchDelay"));
    }

    @Test
    void namesEachQuantityThatIsWrong() {
        InvalidFileException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidFileException.class,
                () -> reader.read("bad.yaml", """
                        schemaVersion: 1
                        kind: calibration
                        quantities:
                          podStartup: lognormal(median=8s)
                          apiList: {samples: 40}
                          listPerDevice: uniform(1ms, 2ms)
                        """));
        assertThat(e.problems()).extracting(Problem::path)
                .containsExactlyInAnyOrder("quantities.podStartup", "quantities.apiList.distribution",
                        "quantities.listPerDevice");
        assertThat(e.getMessage()).contains("lognormal needs \"sigma\"").contains("a constant duration such as 800us");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path temp) {
        assertThatThrownBy(() -> reader.read(temp.resolve("none.yaml")))
                .isInstanceOf(InvalidFileException.class).hasMessageContaining("none.yaml").hasMessageContaining("no such file");
    }
}
