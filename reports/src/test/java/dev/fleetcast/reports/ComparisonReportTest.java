package dev.fleetcast.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fleetcast.formats.comparison.ComparedFigure;
import dev.fleetcast.formats.comparison.LiveComparison;
import dev.fleetcast.formats.comparison.LiveComparisonJson;
import dev.fleetcast.formats.comparison.PredictionBand;
import dev.fleetcast.formats.comparison.Verdict;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A live-comparison.json drawn into a "Predicted versus observed" part of the report bundle. */
class ComparisonReportTest {

    @TempDir
    Path temp;

    /** 40 replications of value 10 + i/4 (i = 0…39): band 10 – 19.75, median 14.875. */
    private static ComparedFigure figure(String name, String unit, OptionalDouble observed) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            values.add(10 + i / 4.0);
        }
        PredictionBand band = new PredictionBand(40, 14.875, 10, 19.75, 1, 39.0 / 41);
        OptionalDouble rank = observed.isPresent() ? OptionalDouble.of(rank(values, observed.getAsDouble()))
                : OptionalDouble.empty();
        Verdict verdict = observed.isEmpty() ? Verdict.NOT_OBSERVED
                : band.contains(observed.getAsDouble()) ? Verdict.INSIDE : Verdict.OUTSIDE;
        return new ComparedFigure(name, unit, "a figure", observed, values, Optional.of(band), rank, verdict);
    }

    private static double rank(List<Double> values, double x) {
        return 100.0 * (values.stream().filter(v -> v < x).count() + values.stream().filter(v -> v == x).count() / 2.0)
                / values.size();
    }

    static LiveComparison comparison() {
        return new LiveComparison("small-failover", "test stand-in",
                new LiveComparison.TraceSource("trace.json", "", "small-failover", "stand-in"),
                new LiveComparison.PredictionSource("simulated now", 42, 40, 0),
                List.of(figure("enrollment-latency-median", "s", OptionalDouble.of(12.3)),
                        figure("failover-recovery-max", "s", OptionalDouble.of(25)),
                        figure("detection-time-median", "s", OptionalDouble.empty()),
                        new ComparedFigure("devices-moved", "count", "moves", OptionalDouble.of(3), List.of(),
                                Optional.empty(), OptionalDouble.empty(), Verdict.NOT_PREDICTED)),
                List.of(figure("gateway-1", "devices", OptionalDouble.of(11)),
                        figure("gateway-2", "devices", OptionalDouble.of(30))),
                List.of("the bands rest on 40 replications"));
    }

    @Test
    void aComparisonBecomesAPredictedVersusObservedPartWithItsFiguresAt300Dpi() throws IOException {
        Path results = Files.createDirectories(temp.resolve("out"));
        Files.writeString(results.resolve(LiveComparisonJson.FILE_NAME), new LiveComparisonJson().write(comparison()));

        Path html = Reports.write(List.of(results), results.resolve("report"));

        String markdown = Files.readString(results.resolve("report/report.md"));
        assertThat(markdown).contains("Predicted versus observed (test stand-in): small-failover",
                "2 figures lie outside their predicted bands: failover-recovery-max, gateway-2",
                "| enrollment-latency-median | s | 12.3 | 14.88 | 10 – 19.75 (min – max) | 40 | 25.0 | inside |",
                "not observed", "not predicted", "the bands rest on 40 replications");
        assertThat(Files.readString(html)).contains("Predicted versus observed (test stand-in)");
        List<String> stems;
        try (Stream<Path> files = Files.list(results.resolve("report/figures"))) {
            stems = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
        // Three figures with a band (devices-moved has none), and the per-gateway figure.
        assertThat(stems).containsExactly(
                "observed-small-failover-test-stand-in-detection-time-median",
                "observed-small-failover-test-stand-in-devices-per-gateway",
                "observed-small-failover-test-stand-in-enrollment-latency-median",
                "observed-small-failover-test-stand-in-failover-recovery-max");
        for (String stem : stems) {
            assertThat(dpi(results.resolve("report/figures/" + stem + ".png"))).as(stem).isEqualTo(300);
            assertThat(results.resolve("report/figures/" + stem + ".pdf")).exists();
        }
        assertThat(markdown).contains("not observed: the trace does not contain this figure");
    }

    @Test
    void aComparisonFileGivenByNameIsDrawnAndADamagedOneIsRefusedByName() throws IOException {
        Path file = temp.resolve("live-comparison.json");
        Files.writeString(file, new LiveComparisonJson().write(comparison()));

        Path html = Reports.write(List.of(file), temp.resolve("report"));
        assertThat(Files.readString(html)).contains("Predicted versus observed");

        Path broken = Files.createDirectories(temp.resolve("broken"));
        Files.writeString(broken.resolve("live-comparison.json"), new LiveComparisonJson().write(comparison())
                .replace("\"verdict\" : \"outside\"", "\"verdict\" : \"sideways\""));
        assertThatThrownBy(() -> Reports.write(List.of(broken), temp.resolve("report2")))
                .isInstanceOf(ReportInputException.class).hasMessageContaining("live-comparison.json")
                .hasMessageContaining("verdict");
    }

    /** The dots per inch a PNG's pHYs chunk states, or -1 when it has none. */
    static long dpi(Path png) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(png));
        bytes.getLong();
        while (bytes.remaining() >= 12) {
            int length = bytes.getInt();
            String type = new String(new byte[] {bytes.get(), bytes.get(), bytes.get(), bytes.get()},
                    StandardCharsets.US_ASCII);
            if (type.equals("pHYs")) {
                return Math.round(bytes.getInt() * 0.0254);
            }
            bytes.position(bytes.position() + length + 4);
        }
        return -1;
    }
}
