package dev.fleetcast.formats.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.formats.yaml.YamlTree;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class LiveComparisonJsonTest {

    static LiveComparison sample() {
        PredictionBand band = new PredictionBand(3, 2.0, 1.0, 3.0, 1, 0.5);
        ComparedFigure inside = new ComparedFigure("enrollment-latency-median", "s", "median time", OptionalDouble.of(2.5),
                List.of(1.0, 3.0, 2.0), Optional.of(band), OptionalDouble.of(66.66666666666667), Verdict.INSIDE);
        ComparedFigure outside = new ComparedFigure("devices-moved", "count", "moves", OptionalDouble.of(7),
                List.of(1.0, 3.0, 2.0), Optional.of(band), OptionalDouble.of(100), Verdict.OUTSIDE);
        ComparedFigure notObserved = new ComparedFigure("detection-time-median", "s", "median detection",
                OptionalDouble.empty(), List.of(1.0, 3.0, 2.0), Optional.of(band), OptionalDouble.empty(),
                Verdict.NOT_OBSERVED);
        ComparedFigure notPredicted = new ComparedFigure("failover-recovery-max", "s", "largest recovery",
                OptionalDouble.of(30), List.of(), Optional.empty(), OptionalDouble.empty(), Verdict.NOT_PREDICTED);
        ComparedFigure gateway = new ComparedFigure("gateway-1", "devices", "devices on gateway-1",
                OptionalDouble.of(0), List.of(1.0, 3.0, 2.0), Optional.of(band), OptionalDouble.of(0), Verdict.OUTSIDE);
        return new LiveComparison("small-failover", "test stand-in",
                new LiveComparison.TraceSource("trace.json", "a".repeat(64), "small-failover", "stand-in, \"kind\""),
                new LiveComparison.PredictionSource("simulated now", -7, 3, 1),
                List.of(inside, outside, notObserved, notPredicted), List.of(gateway), List.of("a note"));
    }

    @Test
    void theFileReadsBackAsTheComparisonItWasWrittenFrom() {
        LiveComparison comparison = sample();
        String text = new LiveComparisonJson().write(comparison);

        LiveComparison read = new LiveComparisonReader().read("c.json", new YamlTree().parseJson(text));

        assertThat(read).isEqualTo(comparison);
        assertThat(text).contains("\"kind\" : \"live-comparison\"", "\"schemaVersion\" : 1",
                "\"observed\" : null", "\"verdict\" : \"not-observed\"", "\"band\" : null");
        assertThat(new LiveComparisonJson().write(read)).isEqualTo(text);
    }

    @Test
    void aDamagedFileIsRefusedWithEveryProblemNamed() {
        String text = new LiveComparisonJson().write(sample()).replace("\"kind\" : \"live-comparison\"",
                "\"kind\" : \"platform-result\"").replace("\"verdict\" : \"inside\"", "\"verdict\" : \"maybe\"")
                .replace("\"replications\" : 3,\n    \"failed\"", "\"replications\" : 0,\n    \"failed\"");

        assertThatThrownBy(() -> new LiveComparisonReader().read("c.json", new YamlTree().parseJson(text)))
                .isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("c.json")
                .hasMessageContaining("\"live-comparison\"")
                .hasMessageContaining("figures[0].verdict")
                .hasMessageContaining("prediction.replications");
    }

    @Test
    void aVerdictThatDisagreesWithItsBandIsRefused() {
        String text = new LiveComparisonJson().write(sample()).replace("\"verdict\" : \"outside\"",
                "\"verdict\" : \"inside\"");

        assertThatThrownBy(() -> new LiveComparisonReader().read("c.json", new YamlTree().parseJson(text)))
                .isInstanceOf(InvalidFileException.class).hasMessageContaining("disagrees");
    }

    @Test
    void theMarkdownSaysWhatIsOutsideAndWhatWasNotObserved() {
        String markdown = new ComparisonMarkdown().write(sample());

        assertThat(markdown).contains("# Predicted versus observed (test stand-in): small-failover",
                "2 figures lie outside the predicted band: devices-moved, gateway-1",
                "| enrollment-latency-median | s | 2.5 | 2 | 1 – 3 (min – max) | 3 | 66.7 | inside |",
                "| detection-time-median | s | not observed |", "| failover-recovery-max | s | 30 | – | – | 0 | – "
                        + "| not predicted |", "1 failed replications left out", "- a note");
    }

    @Test
    void recordsRefuseInconsistentValues() {
        assertThatThrownBy(() -> new PredictionBand(3, 2, 1, 3, 3, 0.5)).hasMessageContaining("order statistic");
        assertThatThrownBy(() -> new PredictionBand(3, 4, 1, 3, 1, 0.5)).hasMessageContaining("low <= median");
        assertThatThrownBy(() -> new ComparedFigure("x", "s", "", OptionalDouble.of(1), List.of(1.0),
                Optional.empty(), OptionalDouble.empty(), Verdict.NOT_PREDICTED)).hasMessageContaining("band");
        assertThatThrownBy(() -> new ComparedFigure("x", "s", "", OptionalDouble.empty(), List.of(),
                Optional.empty(), OptionalDouble.of(3), Verdict.NOT_OBSERVED)).hasMessageContaining("percentile rank");
    }
}
