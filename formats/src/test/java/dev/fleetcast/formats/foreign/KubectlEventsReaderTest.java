package dev.fleetcast.formats.foreign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.formats.yaml.YamlTree;
import dev.fleetcast.model.observed.ObservedQuantities;
import dev.fleetcast.model.observed.QuantityNames;
import dev.fleetcast.model.observed.SourceFile;
import dev.fleetcast.model.observed.SourceFormat;
import dev.fleetcast.model.trace.ScaleChange;
import java.time.Instant;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class KubectlEventsReaderTest {

    private static final long S = 1_000_000_000L;

    @Test
    void readsScaleChangesAndRolloutTimes() {
        ObservedQuantities observed = new ObservationReader().read(Fixtures.path("kubectl-events.json"));

        assertThat(observed.source().format()).isEqualTo(SourceFormat.KUBECTL_EVENTS);
        assertThat(observed.scaling()).containsExactly(
                new ScaleChange(0, "metrics-exporter", OptionalInt.empty(), 1,
                        "Scaled up replica set metrics-exporter-6d4b9 to 1"),
                new ScaleChange(60 * S, "gateway-1", OptionalInt.of(0), 1,
                        "Scaled up replica set gateway-1-5c9f7d8b6 from 0 to 1"),
                new ScaleChange(270 * S, "gateway-1", OptionalInt.empty(), 3,
                        "cpu resource utilization (percentage of request) above target"),
                new ScaleChange(270 * S, "gateway-1", OptionalInt.empty(), 3,
                        "Scaled up replica set gateway-1-5c9f7d8b6 to 3"));
        assertThat(observed.samples(QuantityNames.GATEWAY_ROLLOUT)).as("scale-up -> each new pod's container started")
                .containsExactly(3 * S, 4 * S, 6 * S);
        assertThat(observed.samples(QuantityNames.ROLLOUT)).as("a Deployment that is not a gateway")
                .containsExactly(7 * S);
        assertThat(observed.notes()).containsExactly(
                "events that happened more than once (count > 1), each taken at its first occurrence: 1",
                "events from 2025-10-26T12:18:00Z: 16; times without eventTime are whole seconds");
    }

    @Test
    void prefersTheMicrosecondEventTime() {
        KubectlEvents dump = new KubectlEventsReader().read("e.json", new YamlTree().parseJson("""
                {"kind": "EventList", "items": [
                  {"involvedObject": {"kind": "Pod", "name": "p"}, "reason": "Scheduled", "message": "",
                   "eventTime": "2025-10-26T12:19:00.412345Z", "firstTimestamp": null},
                  {"regarding": {"kind": "Pod", "name": "p"}, "reason": "Started", "note": "Started container x",
                   "deprecatedFirstTimestamp": "2025-10-26T12:19:02Z"}
                ]}
                """));

        assertThat(dump.events()).extracting(ClusterEvent::time).containsExactly(
                Instant.parse("2025-10-26T12:19:00.412345Z"), Instant.parse("2025-10-26T12:19:02Z"));
        assertThat(dump.events().get(1).message()).isEqualTo("Started container x");
    }

    @Test
    void anEventWithoutATimeOrObjectIsAProblem() {
        assertThatThrownBy(() -> new KubectlEventsReader().read("e.json", new YamlTree().parseJson("""
                {"kind": "List", "items": [{"kind": "Event", "reason": "Started"}]}
                """)))
                .isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("e.json:1:28: items[0].involvedObject: found nothing; allowed: a value (the field "
                        + "is required)")
                .hasMessageContaining("e.json:1:28: items[0]: found an event with no time; allowed: eventTime, "
                        + "firstTimestamp, lastTimestamp or metadata.creationTimestamp");
    }

    @Test
    void aMessageOfAnUnknownFormIsSkippedAndNoted() {
        KubectlEvents dump = new KubectlEventsReader().read("e.json", new YamlTree().parseJson("""
                {"kind": "List", "items": [
                  {"involvedObject": {"kind": "Deployment", "name": "gw"}, "reason": "ScalingReplicaSet",
                   "message": "Scaled up replica set gw-1 to 99999999999", "firstTimestamp": "2025-10-26T12:19:00Z"},
                  {"involvedObject": {"kind": "HorizontalPodAutoscaler", "name": "gw"}, "reason": "SuccessfulRescale",
                   "message": "New size: 4", "lastTimestamp": "2025-10-26T12:19:30Z"}
                ]}
                """));

        ObservedQuantities observed = KubectlEventsReader.observe(
                new SourceFile("e.json", "0".repeat(64), SourceFormat.KUBECTL_EVENTS), dump);

        assertThat(observed.scaling()).containsExactly(new ScaleChange(30 * S, "gw", OptionalInt.empty(), 4, ""));
        assertThat(observed.notes()).contains("scaling events with a message of an unknown form, skipped: 1");
    }

    @Test
    void aTimeBefore1970IsAProblem() {
        assertThatThrownBy(() -> new KubectlEventsReader().read("e.json", new YamlTree().parseJson("""
                {"kind": "Event", "involvedObject": {"kind": "Pod", "name": "p"}, "reason": "Started",
                 "firstTimestamp": "0001-01-01T00:00:00Z"}
                """)))
                .hasMessageContaining("e.json:2:20: firstTimestamp: found \"0001-01-01T00:00:00Z\"; allowed: an RFC 3339 "
                        + "time such as 2025-10-26T12:20:18Z, between 1970 and 2262");
    }
}
