package dev.fleetcast.formats.foreign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fleetcast.formats.Sha256;
import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.formats.validation.Problem;
import dev.fleetcast.model.observed.ObservedQuantities;
import dev.fleetcast.model.observed.QuantityNames;
import dev.fleetcast.model.observed.SourceFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ObservationReaderTest {

    private static final long S = 1_000_000_000L;

    private final ObservationReader reader = new ObservationReader();

    private static ObservedQuantities read(String name, String text) {
        return new ObservationReader().read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Arguments> fixtures() {
        return Stream.of(Arguments.of("collector-60-3.json", SourceFormat.WASMBED_COLLECTOR),
                Arguments.of("kubectl-pods.json", SourceFormat.KUBECTL_PODS),
                Arguments.of("kubectl-events.json", SourceFormat.KUBECTL_EVENTS),
                Arguments.of("api-latencies.csv", SourceFormat.CSV_SAMPLES));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void recognisesEachKindByItsContent(String fixture, SourceFormat format, @TempDir Path temp) throws Exception {
        Path renamed = temp.resolve("trace.data");
        Files.copy(Fixtures.path(fixture), renamed);

        ObservedQuantities observed = reader.read(renamed);

        assertThat(observed.source().format()).isEqualTo(format);
        assertThat(observed.source().path()).isEqualTo(renamed.toString());
        assertThat(observed.source().sha256()).isEqualTo(Sha256.of(Files.readAllBytes(renamed)));
    }

    @Test
    void measuresAFleetcastTrace() throws Exception {
        Path file = Path.of(ObservationReaderTest.class.getResource("/traces/small-trace.json").toURI());

        ObservedQuantities observed = reader.read(file);

        assertThat(observed.source().format()).isEqualTo(SourceFormat.FLEETCAST_TRACE);
        assertThat(observed.samples(QuantityNames.POD_STARTUP)).containsExactly(21_400_000_000L, 23_600_000_000L,
                25_500_000_000L);
        assertThat(observed.samples(QuantityNames.ENROLLMENT_LATENCY)).containsExactly(22_900_000_000L, 24_500_000_000L,
                26_750_000_000L);
        assertThat(observed.samples(QuantityNames.DETECTION_TIME)).containsExactly(60 * S, 60 * S);
        assertThat(observed.samples(QuantityNames.FAILOVER_RECOVERY)).containsExactly(62 * S, 62_500_000_000L);
        assertThat(observed.samples(QuantityNames.CREATION_INTERVAL)).containsExactly(S / 2, S / 2);
        assertThat(observed.samples(QuantityNames.API_LIST)).containsExactly(112_000_000L, 115_000_000L);
        assertThat(observed.samples(QuantityNames.GATEWAY_ROLLOUT)).containsExactly(5_500_000_000L);
        assertThat(observed.split().orElseThrow().shorthand()).isEqualTo("3/0");
        assertThat(observed.scaling()).hasSize(1);
    }

    @Test
    void saysPlainlyWhenItRecognisesNone() {
        assertThatThrownBy(() -> read("odd.json", "{\"colour\": \"blue\", \"size\": 3}"))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems())
                        .extracting(Problem::format)
                        .containsExactly("odd.json:1:1: found a JSON object with the fields colour, size, which is none "
                                + "of the formats fleetcast reads; allowed: " + ObservationReader.ALLOWED));
        assertThatThrownBy(() -> read("calibration.yaml", "schemaVersion: 1\nkind: calibration\n"))
                .hasMessageEndingWith("calibration.yaml:1:1: found text that is neither JSON nor CSV (it begins "
                        + "\"schemaVersion: 1\"); allowed: " + ObservationReader.ALLOWED);
        assertThatThrownBy(() -> read("result.json", "{\"schemaVersion\": 1, \"kind\": \"platform-result\"}"))
                .hasMessageContaining("found a file of kind \"platform-result\", which is not a trace");
        assertThatThrownBy(() -> read("none.json", "{\"apiVersion\": \"v1\", \"kind\": \"List\", \"items\": []}"))
                .hasMessageContaining("found an empty kubectl List (kubectl found no pods or events)");
        assertThatThrownBy(() -> read("array.json", "[1, 2]"))
                .hasMessageContaining("array.json:1:1: found JSON that is a list, not an object");
        assertThatThrownBy(() -> read("empty.csv", "\n\n"))
                .hasMessageContaining("empty.csv:1:1: found an empty file");
        assertThatThrownBy(() -> reader.read("trace.gz", new byte[] {31, -117, 8, 0, -1, -2}))
                .hasMessageContaining("trace.gz: found bytes that are not UTF-8 text");
    }

    @Test
    void aMissingFileIsOneProblem(@TempDir Path temp) {
        Path absent = temp.resolve("absent.json");
        assertThatThrownBy(() -> reader.read(absent)).isInstanceOf(InvalidFileException.class)
                .hasMessageContaining(absent + ": found no such file");
    }

    @Test
    void aFleetcastTraceWithProblemsReportsThemAsTheTraceReaderDoes() {
        assertThatThrownBy(() -> read("t.json", "{\"schemaVersion\": 1, \"kind\": \"fleetcast-trace\", \"timeline\": 3}"))
                .hasMessageContaining("t.json:1:61: timeline: found 3; allowed: a list");
    }
}
