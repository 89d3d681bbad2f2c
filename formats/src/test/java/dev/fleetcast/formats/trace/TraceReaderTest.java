package dev.fleetcast.formats.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fleetcast.formats.validation.InvalidFileException;
import dev.fleetcast.formats.validation.Problem;
import dev.fleetcast.model.assignment.Decision;
import dev.fleetcast.model.timeline.DeviceEventKind;
import dev.fleetcast.model.trace.PodRole;
import dev.fleetcast.model.trace.Trace;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TraceReaderTest {

    private final TraceReader reader = new TraceReader();

    static Path resource(String name) {
        try {
            return Path.of(TraceReaderTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsTheExampleOfTheDocs() {
        Trace trace = reader.read(resource("traces/small-trace.json"));

        assertThat(trace.scenario()).isEqualTo("3_devices_2_gateways");
        assertThat(trace.startedAt()).isEqualTo("2025-10-26T12:20:18Z");
        assertThat(trace.byDevice()).containsOnlyKeys("device-0", "device-1", "device-2");
        assertThat(trace.timeline().get(7).kind()).isEqualTo(DeviceEventKind.ENROLLED);
        assertThat(trace.timeline().get(7).timeNanos()).isEqualTo(22_900_000_000L);
        assertThat(trace.decisions().get(2).decision()).isEqualTo(new Decision.Assigned("gateway-2"));
        assertThat(trace.decisions().get(2).countsSeen()).containsEntry("gateway-1", 2);
        assertThat(trace.gatewaySamples().last()).hasValueSatisfying(last -> assertThat(last)
                .containsEntry("gateway-1", 0).containsEntry("gateway-2", 3));
        assertThat(trace.pods()).extracting(p -> p.role()).containsExactly(PodRole.DEVICE, PodRole.GATEWAY);
        assertThat(trace.apiCalls()).hasSize(3);
        assertThat(new TraceReader().read("again", new TraceJson().write(trace))).isEqualTo(trace);
    }

    @Test
    void reportsEveryProblemAtOnceWithLineAndField() {
        assertThatThrownBy(() -> reader.read("bad.json", """
                {
                  "schemaVersion": 2,
                  "kind": "fleetcast-trace",
                  "colour": "blue",
                  "startedAt": "yesterday",
                  "timeline": [
                    {"timeSeconds": -1, "device": "d", "event": "created"},
                    {"timeSeconds": 2, "device": "", "event": "enroled"}
                  ],
                  "decisions": [
                    {"timeSeconds": 1, "device": "d", "policy": "p", "discipline": "naive"}
                  ],
                  "gatewaySamples": {"gateways": ["g1", "g2"], "rows": [[15, 1]]},
                  "apiCalls": [{"startSeconds": 0, "verb": "patch", "latencySeconds": "9ms", "items": 3}]
                }
                """))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems())
                        .extracting(Problem::format)
                        .containsExactly(
                                "bad.json:4:3: colour: found an unknown field \"colour\"; allowed: the fields apiCalls, "
                                        + "decisions, gatewaySamples, kind, podPhases, pods, scaling, scenario, "
                                        + "schemaVersion, source, startedAt, timeline",
                                "bad.json:2:20: schemaVersion: found version 2; allowed: version 1",
                                "bad.json:5:16: startedAt: found \"yesterday\"; allowed: an ISO-8601 instant with its "
                                        + "offset, such as 2025-10-26T12:20:18Z",
                                "bad.json:7:21: timeline[0].timeSeconds: found -1; allowed: a number of seconds of 0 or more",
                                "bad.json:8:34: timeline[1].device: found an empty name; allowed: a name",
                                "bad.json:8:47: timeline[1].event: found \"enroled\"; allowed: one of created, decided, "
                                        + "pod-ready, enrolled, connected, heartbeat-missed, unreachable, gateway-lost, "
                                        + "reassigned, re-enrolled, connection-dropped",
                                "bad.json:11:5: decisions[0].gateway: found nothing; allowed: the gateway chosen, or null "
                                        + "and a reason",
                                "bad.json:13:57: gatewaySamples.rows[0]: found 2 values; allowed: 3 values: the time in "
                                        + "seconds, then one count per gateway",
                                "bad.json:14:71: apiCalls[0].latencySeconds: found \"9ms\"; allowed: a number of seconds "
                                        + "of 0 or more",
                                "bad.json:14:87: apiCalls[0].items: found items of a patch; allowed: items only for a list"));
    }

    @Test
    void saysWhereTheTimelineGoesBackInTime() {
        assertThatThrownBy(() -> reader.read("order.json", """
                {"schemaVersion": 1, "kind": "fleetcast-trace", "timeline": [
                  {"timeSeconds": 5, "device": "a", "event": "created"},
                  {"timeSeconds": 4.5, "device": "b", "event": "created"}
                ]}
                """))
                .isInstanceOf(InvalidFileException.class)
                .hasMessage("order.json: 1 problem" + System.lineSeparator() + "  order.json:3:3: timeline[1].timeSeconds: "
                        + "found 4.5 after 5; allowed: times in non-decreasing order");
    }

    @Test
    void malformedJsonIsOneProblemAtItsLine() {
        assertThatThrownBy(() -> reader.read("broken.json", """
                {"schemaVersion": 1, "kind": "fleetcast-trace", "timeline": [
                  {"timeSeconds": 5, "device": "a", "event": "created"}
                  {"timeSeconds": 6, "device": "a", "event": "enrolled"}
                ]}
                """))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).format()).startsWith("broken.json:3:3: found malformed JSON (")
                            .endsWith("; allowed: a JSON object of kind fleetcast-trace");
                });
    }

    @Test
    void aMissingFileIsOneProblem(@org.junit.jupiter.api.io.TempDir Path temp) {
        Path absent = temp.resolve("absent.json");
        assertThatThrownBy(() -> reader.read(absent))
                .hasMessageEndingWith(absent + ": found no such file; allowed: the path of a fleetcast trace (JSON)");
    }
}
