package dev.fleetcast.live.run.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.formats.trace.TraceJson;
import dev.fleetcast.formats.trace.TraceReader;
import dev.fleetcast.live.run.RunClock;
import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.timeline.DeviceEventKind;
import dev.fleetcast.model.trace.PodRole;
import dev.fleetcast.model.trace.Trace;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The recorder's rules, driven by hand with a clock the test moves. */
class TraceRecorderTest {

    private final ManualClock clock = new ManualClock();
    private final TraceRecorder recorder = new TraceRecorder(clock, List.of("gw-1", "gw-2"));

    @Test
    void aConnectedSeenWithoutEnrolledGetsItsEnrollmentFirstAndTimesComeFromTheClock() {
        clock.at(1);
        recorder.deviceCreated("d");
        clock.at(2);
        recorder.deviceObserved(new DeviceObservation("d", "Enrolling", "gw-1"));
        clock.at(5);
        recorder.deviceObserved(new DeviceObservation("d", "Connected", "gw-1"));
        recorder.deviceObserved(new DeviceObservation("d", "Connected", "gw-1"));
        assertThat(events()).containsExactly(new DeviceEvent(1, "d", DeviceEventKind.CREATED, ""),
                new DeviceEvent(2, "d", DeviceEventKind.DECIDED, "gw-1"),
                new DeviceEvent(5, "d", DeviceEventKind.ENROLLED, "gw-1"),
                new DeviceEvent(5, "d", DeviceEventKind.CONNECTED, "gw-1"));
    }

    @Test
    void aGatewayLeavingRunningLosesItsDevicesOnceAndTheMoveIsAReEnrollment() {
        recorder.gatewayObserved("gw-1", "Running");
        recorder.gatewayObserved("gw-2", "Running");
        recorder.deviceObserved(new DeviceObservation("a", "Connected", "gw-1"));
        recorder.deviceObserved(new DeviceObservation("b", "Connected", "gw-2"));
        clock.at(10);
        recorder.gatewayObserved("gw-1", "Failed");
        recorder.gatewayDeleted("gw-1");
        clock.at(11);
        recorder.deviceObserved(new DeviceObservation("a", "Enrolling", "gw-2"));
        recorder.deviceObserved(new DeviceObservation("a", "Enrolled", "gw-2"));
        List<DeviceEventKind> a = events().stream().filter(e -> e.device().equals("a")).map(DeviceEvent::kind).toList();
        assertThat(a).containsExactly(DeviceEventKind.CREATED, DeviceEventKind.DECIDED, DeviceEventKind.ENROLLED,
                DeviceEventKind.CONNECTED, DeviceEventKind.GATEWAY_LOST, DeviceEventKind.REASSIGNED,
                DeviceEventKind.RE_ENROLLED);
        assertThat(events().stream().filter(e -> e.device().equals("b")).map(DeviceEvent::kind))
                .doesNotContain(DeviceEventKind.GATEWAY_LOST);
        FleetState state = recorder.sample();
        assertThat(state.devicesPerGateway()).containsEntry("gw-1", 0).containsEntry("gw-2", 2);
        assertThat(state.connected()).isEqualTo(1);
    }

    @Test
    void aMoveOffAGatewayAlreadyGoneReportsTheLossFirst() {
        recorder.gatewayObserved("gw-1", "Running");
        recorder.deviceObserved(new DeviceObservation("a", "Connected", "gw-1"));
        recorder.gatewayObserved("gw-1", "Stopped");
        recorder.deviceObserved(new DeviceObservation("c", "Enrolling", "gw-1"));
        recorder.deviceObserved(new DeviceObservation("c", "Enrolling", "gw-2"));
        assertThat(events().stream().filter(e -> e.device().equals("c")).map(DeviceEvent::kind)).containsExactly(
                DeviceEventKind.CREATED, DeviceEventKind.DECIDED, DeviceEventKind.GATEWAY_LOST,
                DeviceEventKind.REASSIGNED);
    }

    @Test
    void theTraceWritesAndReadsBackEqualWithPodsAndSamples() {
        clock.at(3);
        recorder.podObserved(new PodSighting("gw-1-abc", PodRole.GATEWAY, "Running", 1, OptionalLong.of(2),
                OptionalLong.of(3), OptionalLong.of(3), 0));
        recorder.podObserved(new PodSighting("old-controller", PodRole.OTHER, "Running", -1, OptionalLong.empty(),
                OptionalLong.empty(), OptionalLong.empty(), 0));
        recorder.deviceCreated("d");
        recorder.sample();
        Trace trace = recorder.trace("scn", "test");
        assertThat(trace.pods()).extracting(p -> p.name()).containsExactly("gw-1-abc");
        assertThat(trace.podPhases()).singleElement().satisfies(p -> assertThat(p.counts()).containsEntry("Running", 1));
        assertThat(trace.startedAt()).isEqualTo("2026-01-01T00:00:00Z");
        String json = new TraceJson().write(trace);
        assertThat(new TraceReader().read("t.json", json)).isEqualTo(trace);
    }

    private List<DeviceEvent> events() {
        return recorder.trace("s", "").timeline();
    }

    /** A clock the test sets. */
    private static final class ManualClock implements RunClock {
        private long now;

        void at(long nanos) {
            now = nanos;
        }

        @Override
        public long elapsedNanos() {
            return now;
        }

        @Override
        public Instant startedAt() {
            return Instant.parse("2026-01-01T00:00:00Z");
        }
    }
}
