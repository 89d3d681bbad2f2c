package dev.fleetcast.formats.trace;

import static dev.fleetcast.model.timeline.DeviceEventKind.CONNECTED;
import static dev.fleetcast.model.timeline.DeviceEventKind.CREATED;
import static dev.fleetcast.model.timeline.DeviceEventKind.DECIDED;
import static dev.fleetcast.model.timeline.DeviceEventKind.ENROLLED;
import static dev.fleetcast.model.timeline.DeviceEventKind.POD_READY;
import static dev.fleetcast.model.timeline.DeviceEventKind.RE_ENROLLED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.model.assignment.Decision;
import dev.fleetcast.model.result.GatewaySample;
import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.timeline.DeviceEventKind;
import dev.fleetcast.model.trace.ApiCall;
import dev.fleetcast.model.trace.ApiVerb;
import dev.fleetcast.model.trace.GatewaySeries;
import dev.fleetcast.model.trace.PodObservation;
import dev.fleetcast.model.trace.PodPhaseSample;
import dev.fleetcast.model.trace.PodRole;
import dev.fleetcast.model.trace.ScaleChange;
import dev.fleetcast.model.trace.Trace;
import dev.fleetcast.model.trace.TraceDecision;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TraceJsonTest {

    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;

    private final TraceJson writer = new TraceJson();
    private final TraceReader reader = new TraceReader();

    /** A trace with every part, and times that a double of seconds would not carry exactly. */
    static Trace everyPart() {
        List<DeviceEvent> timeline = new ArrayList<>();
        timeline.add(new DeviceEvent(0, "device-0", CREATED, ""));
        timeline.add(new DeviceEvent(1, "device-1", CREATED, ""));
        timeline.add(new DeviceEvent(212 * MS + 7, "device-0", DECIDED, "gateway-1"));
        timeline.add(new DeviceEvent(213 * MS, "device-1", DECIDED, "gateway-1"));
        for (DeviceEventKind kind : DeviceEventKind.values()) {
            timeline.add(new DeviceEvent(20 * S + kind.ordinal(), "device-0", kind, kind == POD_READY ? "" : "gateway-2"));
        }
        timeline.add(new DeviceEvent(86_400 * S * 365 + 123_456_789, "device-1", RE_ENROLLED, "gateway-2"));
        Map<String, Integer> seen = new LinkedHashMap<>();
        seen.put("gateway-2", 0);
        seen.put("gateway-1", 0);
        List<TraceDecision> decisions = List.of(
                new TraceDecision(212 * MS + 7, "device-0", new Decision.Assigned("gateway-1"), "least-connections",
                        "naive", 1, seen),
                new TraceDecision(213 * MS, "device-1", new Decision.NoneAvailable("every gateway is full"),
                        "least-connections", "naive", 2, Map.of()));
        GatewaySeries samples = new GatewaySeries(List.of("gateway-1", "gateway-2", "gateway-3"),
                List.of(new GatewaySample(15 * S, new int[] {2, 0, 0}), new GatewaySample(30 * S, new int[] {27, 24, 9})));
        List<PodObservation> pods = List.of(
                new PodObservation("device-0-pod", PodRole.DEVICE, 5 * MS, OptionalLong.of(300 * MS),
                        OptionalLong.of(4 * S), OptionalLong.of(6 * S + 1), 0),
                new PodObservation("gateway-1-7d9f-x2", PodRole.GATEWAY, 0, OptionalLong.empty(), OptionalLong.empty(),
                        OptionalLong.empty(), 3));
        List<PodPhaseSample> phases = List.of(new PodPhaseSample(15 * S, Map.of("Pending", 3, "Running", 60)));
        List<ScaleChange> scaling = List.of(
                new ScaleChange(120 * S, "gateway-1", OptionalInt.of(1), 2, "cpu resource utilization above target"),
                new ScaleChange(180 * S, "gateway-1-hpa", OptionalInt.empty(), 3, ""));
        List<ApiCall> calls = List.of(new ApiCall(200 * MS, ApiVerb.LIST, 112 * MS + 3, OptionalInt.of(40)),
                new ApiCall(150 * MS, ApiVerb.PATCH, 9 * MS, OptionalInt.empty()),
                new ApiCall(0, ApiVerb.GET, 0, OptionalInt.empty()));
        return new Trace("60_devices_3_gateways", "live run on kind, \"fleetcast\" cluster", "2025-10-26T12:20:18Z",
                timeline, decisions, samples, pods, phases, scaling, calls);
    }

    @Test
    void readsBackEqualToWhatItWrote() {
        Trace trace = everyPart();

        String text = writer.write(trace);
        Trace read = reader.read("trace.json", text);

        assertThat(read).isEqualTo(trace);
        assertThat(writer.write(read)).as("same bytes again").isEqualTo(text);
    }

    @Test
    void anEmptyTraceRoundTripsToo() {
        Trace empty = Trace.ofTimeline("", List.of());
        String text = writer.write(empty);
        assertThat(text).isEqualTo("""
                {
                  "schemaVersion" : 1,
                  "kind" : "fleetcast-trace",
                  "timeline" : [ ]
                }
                """);
        assertThat(reader.read("empty.json", text)).isEqualTo(empty);
    }

    @Test
    void writesOneItemALineInExactSeconds() {
        String text = writer.write(everyPart());

        assertThat(text).contains("""
                  "timeline" : [
                    {"timeSeconds":0,"device":"device-0","event":"created"},
                    {"timeSeconds":0.000000001,"device":"device-1","event":"created"},
                    {"timeSeconds":0.212000007,"device":"device-0","event":"decided","gateway":"gateway-1"},
                """);
        assertThat(text).contains("{\"timeSeconds\":31536000.123456789,\"device\":\"device-1\",\"event\":\"re-enrolled\"");
        assertThat(text).contains("""
                  "gatewaySamples" : {
                    "gateways" : ["gateway-1","gateway-2","gateway-3"],
                    "rows" : [
                      [15,2,0,0],
                      [30,27,24,9]
                    ]
                  },
                """);
        assertThat(text).contains("{\"timeSeconds\":0.213,\"device\":\"device-1\",\"gateway\":null,"
                + "\"reason\":\"every gateway is full\",\"policy\":\"least-connections\",\"discipline\":\"naive\","
                + "\"attempt\":2,\"countsSeen\":{}}");
        assertThat(text).contains("{\"startSeconds\":0.2,\"verb\":\"list\",\"latencySeconds\":0.112000003,\"items\":40}");
        assertThat(text).endsWith("]\n}\n");
        assertThat(text).contains("\"event\":\"" + "connection-dropped" + "\"").contains("\"event\":\"connected\"")
                .as(CONNECTED + " and every other kind is written in kebab case").contains("heartbeat-missed");
        assertThat(text).doesNotContain("E+").doesNotContain("E-");
        assertThat(ENROLLED).isNotNull();
    }
}
