package dev.fleetcast.model.trace;

import static dev.fleetcast.model.timeline.DeviceEventKind.CREATED;
import static dev.fleetcast.model.timeline.DeviceEventKind.ENROLLED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fleetcast.model.result.GatewaySample;
import dev.fleetcast.model.timeline.DeviceEvent;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TraceTest {

    @Test
    void separatesTheInterleavedTimelineIntoEachDevicesOwn() {
        Trace trace = Trace.ofTimeline("s", List.of(new DeviceEvent(0, "b", CREATED, ""),
                new DeviceEvent(1, "a", CREATED, ""), new DeviceEvent(5, "b", ENROLLED, "g1"),
                new DeviceEvent(7, "a", ENROLLED, "g2")));

        assertThat(trace.byDevice()).containsOnlyKeys("b", "a");
        assertThat(trace.byDevice().keySet()).containsExactly("b", "a");
        assertThat(trace.byDevice().get("a")).extracting(DeviceEvent::timeNanos).containsExactly(1L, 7L);
    }

    @Test
    void refusesATimelineThatGoesBackInTime() {
        assertThatThrownBy(() -> Trace.ofTimeline("s", List.of(new DeviceEvent(5, "a", CREATED, ""),
                new DeviceEvent(4, "b", CREATED, ""))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeline must be in time order");
    }

    @Test
    void refusesAPodTwice() {
        PodObservation pod = new PodObservation("p", PodRole.DEVICE, 0, OptionalLong.empty(), OptionalLong.empty(),
                OptionalLong.empty(), 0);
        assertThatThrownBy(() -> new Trace("", "", "", List.of(), List.of(), GatewaySeries.EMPTY, List.of(pod, pod),
                List.of(), List.of(), List.of())).hasMessageContaining("pod p appears twice");
    }

    @Test
    void gatewaySeriesChecksItsRowsAgainstItsColumns() {
        assertThatThrownBy(() -> new GatewaySeries(List.of("g1", "g2"), List.of(new GatewaySample(0, new int[] {1}))))
                .hasMessageContaining("1 counts for 2 gateways");
        assertThatThrownBy(() -> new GatewaySeries(List.of("g1"), List.of(new GatewaySample(5, new int[] {1}),
                new GatewaySample(4, new int[] {1})))).hasMessageContaining("in order");
        assertThatThrownBy(() -> new GatewaySeries(List.of("g1", "g1"), List.of())).hasMessageContaining("once");

        GatewaySeries series = new GatewaySeries(List.of("g1", "g2"), List.of(new GatewaySample(0, new int[] {1, 0}),
                new GatewaySample(15, new int[] {2, 3})));
        assertThat(series.last()).contains(Map.of("g1", 2, "g2", 3));
        assertThat(GatewaySeries.EMPTY.last()).isEmpty();
    }

    @Test
    void partsValidateTheirValues() {
        assertThatThrownBy(() -> new ApiCall(0, ApiVerb.GET, 5, OptionalInt.of(3)))
                .hasMessageContaining("only for a LIST");
        assertThatThrownBy(() -> new ApiCall(0, ApiVerb.LIST, -1, OptionalInt.empty()))
                .hasMessageContaining("latency must be 0 or more");
        assertThatThrownBy(() -> new ScaleChange(0, " ", OptionalInt.empty(), 1, ""))
                .hasMessageContaining("target must be named");
        assertThatThrownBy(() -> new ScaleChange(0, "gw", OptionalInt.of(-1), 1, ""))
                .hasMessageContaining("0 or more");
        assertThatThrownBy(() -> new PodPhaseSample(0, Map.of("Running", -1))).hasMessageContaining("0 or more pods");
        assertThatThrownBy(() -> new PodObservation("p", PodRole.DEVICE, 0, OptionalLong.of(-1), OptionalLong.empty(),
                OptionalLong.empty(), 0)).hasMessageContaining("0 or more");
    }

    @Test
    void aWriteIsWhatTheScenariosApiWriteLatencyDescribes() {
        assertThat(ApiVerb.PATCH.isWrite()).isTrue();
        assertThat(ApiVerb.CREATE.isWrite()).isTrue();
        assertThat(ApiVerb.DELETE.isWrite()).as("the scenario's apiWrite is create/update/patch").isFalse();
        assertThat(ApiVerb.LIST.isWrite()).isFalse();
    }
}
