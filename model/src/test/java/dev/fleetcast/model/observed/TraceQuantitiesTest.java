package dev.fleetcast.model.observed;

import static dev.fleetcast.model.timeline.DeviceEventKind.CREATED;
import static dev.fleetcast.model.timeline.DeviceEventKind.DECIDED;
import static dev.fleetcast.model.timeline.DeviceEventKind.ENROLLED;
import static dev.fleetcast.model.timeline.DeviceEventKind.GATEWAY_LOST;
import static dev.fleetcast.model.timeline.DeviceEventKind.POD_READY;
import static dev.fleetcast.model.timeline.DeviceEventKind.REASSIGNED;
import static dev.fleetcast.model.timeline.DeviceEventKind.RE_ENROLLED;
import static dev.fleetcast.model.timeline.DeviceEventKind.UNREACHABLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.model.result.GatewaySample;
import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.timeline.DeviceEventKind;
import dev.fleetcast.model.trace.ApiCall;
import dev.fleetcast.model.trace.ApiVerb;
import dev.fleetcast.model.trace.GatewaySeries;
import dev.fleetcast.model.trace.PodObservation;
import dev.fleetcast.model.trace.PodRole;
import dev.fleetcast.model.trace.ScaleChange;
import dev.fleetcast.model.trace.Trace;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TraceQuantitiesTest {

    private static final SourceFile SOURCE = new SourceFile("run.json", "0".repeat(64), SourceFormat.FLEETCAST_TRACE);

    private static DeviceEvent at(long time, String device, DeviceEventKind kind, String gateway) {
        return new DeviceEvent(time, device, kind, gateway);
    }

    private static PodObservation pod(String name, PodRole role, long created, Long scheduled, Long started,
            Long ready, int restarts) {
        return new PodObservation(name, role, created, optional(scheduled), optional(started), optional(ready),
                restarts);
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    @Test
    void measuresEachQuantityByItsDocumentedDefinition() {
        List<DeviceEvent> timeline = List.of(
                at(0, "a", CREATED, ""), at(2, "a", DECIDED, "g1"),
                at(10, "b", CREATED, ""), at(11, "b", DECIDED, "g1"),
                at(20, "a", POD_READY, ""), at(25, "b", POD_READY, ""), at(26, "a", ENROLLED, "g1"),
                at(33, "b", ENROLLED, "g1"),
                at(35, "c", CREATED, ""),
                at(100, "a", GATEWAY_LOST, "g1"), at(130, "a", UNREACHABLE, "g1"), at(131, "a", REASSIGNED, "g2"),
                at(150, "a", RE_ENROLLED, "g2"));
        Trace trace = new Trace("two", "", "", timeline, List.of(),
                new GatewaySeries(List.of("g1", "g2"), List.of(new GatewaySample(15, new int[] {2, 0}),
                        new GatewaySample(160, new int[] {1, 1}))),
                List.of(pod("a", PodRole.DEVICE, 1, 3L, 12L, 19L, 0), pod("gw", PodRole.GATEWAY, 0, 1L, 4L, 9L, 0)),
                List.of(), List.of(new ScaleChange(120, "g2", OptionalInt.of(1), 2, "cpu")),
                List.of(new ApiCall(1, ApiVerb.PATCH, 7, OptionalInt.empty()),
                        new ApiCall(1, ApiVerb.LIST, 112, OptionalInt.of(40)),
                        new ApiCall(1, ApiVerb.DELETE, 9, OptionalInt.empty()),
                        new ApiCall(2, ApiVerb.CREATE, 5, OptionalInt.empty())));

        ObservedQuantities observed = TraceQuantities.of(SOURCE, trace);

        assertThat(observed.samples(QuantityNames.CREATION_INTERVAL)).containsExactly(10, 25);
        assertThat(observed.samples(QuantityNames.POD_STARTUP)).as("created -> pod-ready, from the timeline")
                .containsExactly(20, 15);
        assertThat(observed.samples(QuantityNames.HANDSHAKE)).as("enrolled - max(pod-ready, decided)")
                .containsExactly(6, 8);
        assertThat(observed.samples(QuantityNames.POD_SCHEDULING)).containsExactly(2);
        assertThat(observed.samples(QuantityNames.CONTAINER_START)).containsExactly(11);
        assertThat(observed.samples(QuantityNames.GATEWAY_ROLLOUT)).containsExactly(9);
        assertThat(observed.samples(QuantityNames.API_WRITE)).as("create, update, patch; not delete")
                .containsExactly(7, 5);
        assertThat(observed.samples(QuantityNames.API_LIST)).containsExactly(112);
        assertThat(observed.sizes(QuantityNames.API_LIST)).hasValueSatisfying(s -> assertThat(s).containsExactly(40));
        assertThat(observed.sizes(QuantityNames.API_WRITE)).isEmpty();
        assertThat(observed.samples(QuantityNames.ENROLLMENT_LATENCY)).containsExactly(26, 23);
        assertThat(observed.samples(QuantityNames.DETECTION_TIME)).containsExactly(30);
        assertThat(observed.samples(QuantityNames.FAILOVER_RECOVERY)).containsExactly(50);
        assertThat(observed.split()).hasValueSatisfying(split -> {
            assertThat(split.scenario()).isEqualTo("two");
            assertThat(split.devices()).as("devices created").isEqualTo(3);
            assertThat(split.shorthand()).isEqualTo("1/1");
        });
        assertThat(observed.scaling()).hasSize(1);
        assertThat(observed.notes()).anyMatch(n -> n.contains("podStartup is from the timeline"))
                .anyMatch(n -> n.contains("handshake is enrolled minus"));
    }

    @Test
    void takesPodStartupFromDevicePodsWhenTheTimelineHasNoPodReady() {
        Trace trace = new Trace("", "", "", List.of(), List.of(), GatewaySeries.EMPTY,
                List.of(pod("d1", PodRole.DEVICE, 0, 1L, 5L, 8L, 0), pod("d2", PodRole.DEVICE, 2, null, null, null, 0),
                        pod("d3", PodRole.DEVICE, 3, 4L, 6L, 9L, 2), pod("d4", PodRole.DEVICE, 10, 9L, 12L, 14L, 0)),
                List.of(), List.of(), List.of());

        ObservedQuantities observed = TraceQuantities.of(SOURCE, trace);

        assertThat(observed.samples(QuantityNames.POD_STARTUP)).containsExactly(8, 4);
        assertThat(observed.samples(QuantityNames.POD_SCHEDULING)).as("d4's -1 is clock skew").containsExactly(1);
        assertThat(observed.notes()).contains("pods that never became Ready, so give no start-up (skipped): 1 (d2)",
                "pods whose containers restarted, so their Ready and start times are not the first (skipped): 1 (d3)",
                "differences made negative by clock skew between the API server and a kubelet (skipped): 1");
        assertThat(observed.split()).isEmpty();
        assertThat(observed.quantities()).doesNotContain(QuantityNames.CREATION_INTERVAL, QuantityNames.API_LIST);
    }

    @Test
    void podsOfNoKnownRoleStandInForDevicesWhenNoneIsADevice() {
        Trace trace = new Trace("", "", "", List.of(), List.of(), GatewaySeries.EMPTY,
                List.of(pod("x", PodRole.OTHER, 0, null, null, 7L, 0), pod("gw", PodRole.GATEWAY, 0, null, null, 3L, 0)),
                List.of(), List.of(), List.of());

        ObservedQuantities observed = TraceQuantities.of(SOURCE, trace);

        assertThat(observed.samples(QuantityNames.POD_STARTUP)).containsExactly(7);
        assertThat(observed.samples(QuantityNames.GATEWAY_ROLLOUT)).containsExactly(3);
        assertThat(observed.notes()).anyMatch(n -> n.startsWith("no pod was recognised as a device's"));
    }

    @Test
    void aQuantityKeepsSizesOnlyWhenEverySampleHasOne() {
        ObservedQuantities observed = ObservedQuantities.builder(SOURCE).add("a", 5, 40).add("a", 7, 100)
                .add("b", 5, 40).add("b", 6).build();

        assertThat(observed.sizes("a")).hasValueSatisfying(s -> assertThat(s).containsExactly(40, 100));
        assertThat(observed.sizes("b")).isEmpty();
        assertThat(observed.sizes()).containsOnlyKeys("a");
        assertThat(observed).isEqualTo(ObservedQuantities.builder(SOURCE).add("a", 5, 40).add("a", 7, 100)
                .add("b", 5, 40).add("b", 6).build());
        assertThat(observed).isNotEqualTo(ObservedQuantities.builder(SOURCE).add("a", 5, 40).add("a", 7, 101)
                .add("b", 5, 40).add("b", 6).build());
    }

    @Test
    void observationsAreValuesWithCopiedArrays() {
        ObservedQuantities one = ObservedQuantities.builder(SOURCE).add("x", 3).add("x", 4).note("n").build();
        ObservedQuantities two = ObservedQuantities.builder(SOURCE).addAll("x", new long[] {3, 4}).note("n").build();
        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
        one.samples("x")[0] = 99;
        one.samples().get("x")[0] = 99;
        assertThat(one.samples("x")).containsExactly(3, 4);
        assertThat(one.samples("absent")).isEmpty();
        assertThat(one.toString()).contains("x: n=2");
    }
}
