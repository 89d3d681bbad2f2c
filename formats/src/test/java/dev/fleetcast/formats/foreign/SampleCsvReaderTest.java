package dev.fleetcast.formats.foreign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.formats.validation.Problem;
import dev.fleetcast.model.observed.ObservedQuantities;
import dev.fleetcast.model.observed.QuantityNames;
import dev.fleetcast.model.observed.SourceFile;
import dev.fleetcast.model.observed.SourceFormat;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SampleCsvReaderTest {

    private static final long MS = 1_000_000L;

    private static ObservedQuantities csv(String name, String text) {
        return new SampleCsvReader().read(new SourceFile(name, "0".repeat(64), SourceFormat.CSV_SAMPLES), text);
    }

    @Test
    void readsDurationColumnsByTheUnitInTheirNames() {
        ObservedQuantities observed = new ObservationReader().read(Fixtures.path("api-latencies.csv"));

        assertThat(observed.source().format()).isEqualTo(SourceFormat.CSV_SAMPLES);
        assertThat(observed.samples(QuantityNames.API_LIST)).containsExactly(112_400_000L, 159 * MS);
        assertThat(observed.samples(QuantityNames.API_WRITE)).containsExactly(9_100_000L, 8_750_000L);
        assertThat(observed.notes()).containsExactly("columns without a unit were ignored: timestamp, verb");
    }

    @Test
    void namesBecomeCamelCaseQuantitiesAndEveryUnitCounts() {
        ObservedQuantities observed = csv("u.csv", """
                latency_ms,pod_startup_s,watch-delay_us,handshakeNanos,gatewayRolloutSeconds,creationIntervalMillis
                1.5,20,250,7,31.25,500
                """);

        assertThat(observed.samples("latency")).containsExactly(1_500_000);
        assertThat(observed.samples(QuantityNames.POD_STARTUP)).containsExactly(20_000_000_000L);
        assertThat(observed.samples(QuantityNames.WATCH_DELAY)).containsExactly(250_000);
        assertThat(observed.samples(QuantityNames.HANDSHAKE)).containsExactly(7);
        assertThat(observed.samples(QuantityNames.GATEWAY_ROLLOUT)).containsExactly(31_250_000_000L);
        assertThat(observed.samples(QuantityNames.CREATION_INTERVAL)).containsExactly(500 * MS);
        assertThat(SampleCsvReader.camel("API_LIST")).isEqualTo("apiList");
    }

    @Test
    void aDevicesColumnGivesEachSampleItsSize() {
        ObservedQuantities observed = csv("get-devices.csv", """
                devices,latency_ms,note
                40,111.3,
                100,159,slow
                100,,
                """);

        assertThat(observed.samples("latency")).containsExactly(111_300_000L, 159 * MS);
        assertThat(observed.sizes("latency")).hasValueSatisfying(s -> assertThat(s).containsExactly(40, 100));
        assertThat(observed.notes()).containsExactly("column devices gives each sample the devices it was taken at",
                "columns without a unit were ignored: note");
        assertThat(csv("partly.csv", "items,latency_ms\n40,1\n,2\n").sizes("latency")).as("not every sample has one")
                .isEmpty();
        assertThatThrownBy(() -> csv("frac.csv", "devices,latency_ms\n40.5,1\n"))
                .hasMessageEndingWith("frac.csv:2:1: devices: found \"40.5\"; allowed: a whole number of 0 or more: the "
                        + "devices the row's samples were taken at");
    }

    @Test
    void aCsvWithoutAHeaderIsOneClearProblemAtItsLine() {
        Path file = Fixtures.path("no-header.csv");

        assertThatThrownBy(() -> new ObservationReader().read(file))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems())
                        .extracting(Problem::format)
                        .containsExactly(file + ":1:1: found a row of numbers where the header belongs "
                                + "(\"112.4,9.1\"); allowed: a header naming each column, durations with their unit "
                                + "such as latency_ms or apiList_s (units: _ns, _us, _ms, _s, or Nanos, Micros, Millis, "
                                + "Seconds)"));
    }

    @Test
    void aHeaderWithoutUnitsIsAProblemAtTheHeader() {
        assertThatThrownBy(() -> csv("x.csv", "# measured by hand\ntimestamp,latency\n1,2\n"))
                .hasMessageEndingWith("x.csv:2:1: found the columns timestamp, latency, none with a unit; allowed: at "
                        + "least one duration column: a header naming each column, durations with their unit such as "
                        + "latency_ms or apiList_s (units: _ns, _us, _ms, _s, or Nanos, Micros, Millis, Seconds)");
    }

    @Test
    void badCellsAreProblemsAtTheirLineAndColumn() {
        assertThatThrownBy(() -> csv("bad.csv", """
                verb,latency_ms,other_s
                list,12,1
                list,-3,fast
                patch,4
                """))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems())
                        .extracting(Problem::format)
                        .containsExactly(
                                "bad.csv:3:6: latency_ms: found \"-3\"; allowed: a number of milliseconds of 0 or more",
                                "bad.csv:3:9: other_s: found \"fast\"; allowed: a number of seconds of 0 or more",
                                "bad.csv:4:1: found 2 fields; allowed: 3 fields, one per column of the header"));
    }

    @Test
    void aHeaderAloneOrTwoColumnsForOneQuantityAreProblems() {
        assertThatThrownBy(() -> csv("h.csv", "latency_ms\n"))
                .hasMessageEndingWith("h.csv:1:1: found a header and no rows; allowed: at least one row of samples");
        assertThatThrownBy(() -> csv("d.csv", "latency_ms,latency_s\n1,2\n"))
                .hasMessageEndingWith("d.csv:1:12: latency_s: found a second column for latency (first \"latency_ms\"); "
                        + "allowed: one column per quantity");
    }

    @Test
    void listsTwentyProblemsAndCountsTheRest() {
        StringBuilder text = new StringBuilder("latency_ms\n");
        for (int i = 0; i < 25; i++) {
            text.append("x\n");
        }
        assertThatThrownBy(() -> csv("many.csv", text.toString()))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> {
                    assertThat(e.problems()).hasSize(21);
                    assertThat(e.problems().get(20).format()).isEqualTo("many.csv: found 5 more problems; allowed: (only "
                            + "the first 20 are listed)");
                });
    }
}
