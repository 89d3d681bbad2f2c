package dev.fleetcast.formats.foreign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.formats.validation.Problem;
import dev.fleetcast.formats.yaml.YamlTree;
import dev.fleetcast.model.observed.GatewaySplit;
import dev.fleetcast.model.observed.ObservedQuantities;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CollectorReaderTest {

    private static final long S = 1_000_000_000L;

    private final ObservationReader reader = new ObservationReader();

    private static CollectorRun run(String name, String json) {
        return new CollectorReader().read(name, new YamlTree().parseJson(json));
    }

    @Test
    void readsTheSeriesAndTheFinalSplitOfTheIssuesExample() {
        Path file = Fixtures.path("collector-60-3.json");

        ObservedQuantities observed = reader.read(file);

        GatewaySplit split = observed.split().orElseThrow();
        assertThat(split.scenario()).isEqualTo("60_devices_3_gateways");
        assertThat(split.devices()).isEqualTo(60);
        assertThat(split.gateways()).isEqualTo(3);
        assertThat(split.devicesPerGateway()).containsExactly(Map.entry("gateway-1", 27),
                Map.entry("gateway-2", 24), Map.entry("gateway-3", 9));
        assertThat(split.shorthand()).isEqualTo("27/24/9");
        assertThat(observed.quantities()).as("the collector counts; it times nothing").isEmpty();
        assertThat(observed.source().path()).isEqualTo(file.toString());
        assertThat(observed.source().sha256()).hasSize(64);
        assertThat(observed.notes()).containsExactly("the collector counts devices per gateway at each sample: it gives "
                + "the final split 27/24/9 (60 devices, 3 gateways), not per-device durations");
    }

    @Test
    void keepsEverySampleAsDevicesPerGatewayOverTime() throws Exception {
        CollectorRun run = new CollectorReader().read("c.json",
                new YamlTree().parseJson(Files.readString(Fixtures.path("collector-60-3.json"))));

        assertThat(run.series().gateways()).containsExactly("gateway-1", "gateway-2", "gateway-3");
        assertThat(run.series().rows()).hasSize(3);
        assertThat(run.series().rows().get(0).devices()).as("gateway-3 absent from the first sample: 0")
                .containsExactly(8, 4, 0);
        assertThat(run.series().rows().get(0).timeNanos()).isEqualTo(15 * S);
        assertThat(run.podPhases()).hasSize(3);
        assertThat(run.podPhases().get(0).counts()).containsEntry("Pending", 9);
        assertThat(run.configuredDevices()).hasValue(60);
    }

    @Test
    void withoutSummaryOrConfigTheLastSampleAndItsCountsDecide() {
        CollectorRun run = run("c.json", """
                {"samples": [{"elapsed": 0, "gateway_distribution": {}},
                             {"elapsed": 15.5, "device_count": 50,
                              "gateway_distribution": {"gateway-1": 21, "gateway-2": 21, "gateway-3": 8}}]}
                """);

        GatewaySplit split = run.finalSplit();
        assertThat(split.devices()).isEqualTo(50);
        assertThat(split.gateways()).isEqualTo(3);
        assertThat(split.scenario()).isEmpty();
    }

    @Test
    void aSummaryThatDisagreesWithTheLastSampleIsUsedAndNoted() {
        ObservedQuantities observed = reader.read("c.json", """
                {"config": {"num_devices": 50, "num_gateways": 5},
                 "samples": [{"elapsed": 15, "gateway_distribution": {"gateway-1": 20, "gateway-2": 20, "gateway-3": 8}}],
                 "summary": {"final_gateway_distribution": {"gateway-1": 21, "gateway-2": 21, "gateway-3": 8}}}
                """.getBytes(StandardCharsets.UTF_8));

        assertThat(observed.split().orElseThrow().shorthand()).as("two gateways took nothing").isEqualTo("21/21/8/0/0");
        assertThat(observed.notes()).anyMatch(n -> n.startsWith("summary.final_gateway_distribution {gateway-1=21, "
                + "gateway-2=21, gateway-3=8} differs from the last sample's"));
    }

    @Test
    void anOlderShapeIsSaidPlainlyInOneMessage() {
        Path file = Fixtures.path("collector-old-shape.json");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems())
                        .extracting(Problem::format)
                        .containsExactly(file + ":1:1: found an older or foreign shape of the collector's JSON: the "
                                + "fields scenario, timestamps, device_counts, gateways, and no \"samples\"; allowed: the "
                                + "WASMBED collector's current shape: an object whose \"samples\" is a list of {elapsed, "
                                + "gateway_distribution, ...} (docs/traces.md)"));
    }

    @Test
    void samplesWithOtherKeysAreAForeignShapeToo() {
        assertThatThrownBy(() -> run("other.json", """
                {"scenario": "x",
                 "samples": [{"t": 15, "gateways": {"gateway-1": 3}}]}
                """))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems())
                        .extracting(Problem::format)
                        .containsExactly("other.json:2:14: samples[0]: found an older or foreign shape of the collector's "
                                + "JSON: a sample with the fields t, gateways and neither \"elapsed\" nor "
                                + "\"gateway_distribution\"; allowed: the WASMBED collector's current shape: an object "
                                + "whose \"samples\" is a list of {elapsed, gateway_distribution, ...} (docs/traces.md)"));
    }

    @Test
    void anEmptySampleListIsOneClearProblem() {
        Path file = Fixtures.path("collector-empty-samples.json");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems())
                        .extracting(Problem::format)
                        .containsExactly(file + ":5:14: samples: found an empty list; allowed: at least one sample: the "
                                + "collector recorded nothing, so there is nothing to calibrate from"));
    }

    @Test
    void malformedJsonIsOneProblemAtItsLine() {
        Path file = Fixtures.path("collector-malformed.json");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).format()).startsWith(file + ":4:81: found malformed JSON (")
                            .contains("expecting comma").endsWith("; allowed: " + ObservationReader.ALLOWED);
                });
    }

    @Test
    void badValuesAreReportedAllAtOnceAtTheirPlaces() {
        assertThatThrownBy(() -> run("bad.json", """
                {"config": {"num_devices": -5},
                 "samples": [{"elapsed": 30, "gateway_distribution": {"gateway-1": "many"}},
                             {"elapsed": 15, "gateway_distribution": {"gateway-1": 3}},
                             {"gateway_distribution": {"gateway-1": 4}}]}
                """))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems())
                        .extracting(Problem::format)
                        .containsExactly(
                                "bad.json:1:28: config.num_devices: found -5; allowed: a whole number from 0 to 2147483647",
                                "bad.json:2:68: samples[0].gateway_distribution.gateway-1: found \"many\"; allowed: a "
                                        + "whole number from 0 to 2147483647",
                                "bad.json:4:14: samples[2].elapsed: found nothing; allowed: a value (the field is "
                                        + "required)"));
    }

    @Test
    void samplesOutOfOrderAreAProblemAtTheSample() {
        assertThatThrownBy(() -> run("order.json", """
                {"samples": [{"elapsed": 30, "gateway_distribution": {}},
                             {"elapsed": 15, "gateway_distribution": {}}]}
                """))
                .hasMessageContaining("order.json:2:14: samples[1].elapsed: found 15 after 30; allowed: samples in the "
                        + "order they were taken (elapsed never decreasing)");
    }
}
