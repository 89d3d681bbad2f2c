package dev.fleetcast.model.metrics;

import static dev.fleetcast.model.timeline.DeviceEventKind.CREATED;
import static dev.fleetcast.model.timeline.DeviceEventKind.ENROLLED;
import static dev.fleetcast.model.timeline.DeviceEventKind.GATEWAY_LOST;
import static dev.fleetcast.model.timeline.DeviceEventKind.REASSIGNED;
import static dev.fleetcast.model.timeline.DeviceEventKind.RE_ENROLLED;
import static dev.fleetcast.model.timeline.DeviceEventKind.UNREACHABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.timeline.DeviceEventKind;
import dev.fleetcast.model.timeline.RecordedTimeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricCatalogueTest {

    private static DeviceEvent at(long time, String device, DeviceEventKind kind) {
        return new DeviceEvent(time, device, kind, "gateway-1");
    }

    @Test
    void durationMetricsPairEachStartWithTheDevicesNextEnd() {
        RecordedTimeline timeline = new RecordedTimeline();
        List.of(at(0, "a", CREATED), at(5, "b", CREATED), at(30, "a", ENROLLED), at(32, "b", ENROLLED),
                at(100, "a", GATEWAY_LOST), at(100, "b", GATEWAY_LOST), at(160, "a", UNREACHABLE),
                at(170, "a", REASSIGNED), at(190, "a", RE_ENROLLED), at(200, "c", CREATED))
                .forEach(timeline::record);

        assertThat(MetricCatalogue.ENROLLMENT_LATENCY.measure(timeline.events())).containsExactly(30, 27);
        assertThat(MetricCatalogue.DETECTION_TIME.measure(timeline.events())).containsExactly(60);
        assertThat(MetricCatalogue.FAILOVER_RECOVERY.measure(timeline.events()))
                .as("b has not recovered yet, c has not enrolled: both are open, not counted")
                .containsExactly(90);
        assertThat(MetricCatalogue.devicesMoved(timeline.events())).isEqualTo(1);
    }

    @Test
    void aTimelineRefusesToGoBackInTime() {
        RecordedTimeline timeline = new RecordedTimeline();
        timeline.record(at(10, "a", CREATED));

        assertThatThrownBy(() -> timeline.record(at(9, "b", CREATED)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("back in time");
    }

    @Test
    void imbalanceOfTheReportedWasmbedSplits() {
        // 27/24/9 for 60 devices on 3 gateways: mean 20, deviations 7, 4, -11.
        Imbalance split = Imbalance.of(List.of(27, 24, 9));
        assertThat(split.maxOverMean()).isCloseTo(1.35, within(1e-12));
        assertThat(split.populationVariance()).isCloseTo((49 + 16 + 121) / 3.0, within(1e-12));
        assertThat(split.coefficientOfVariation()).isCloseTo(Math.sqrt(62) / 20, within(1e-12));
        assertThat(split.maxMinusMin()).isEqualTo(18);

        Imbalance perfect = Imbalance.of(List.of(20, 20, 20, 20, 20));
        assertThat(perfect.maxOverMean()).isEqualTo(1.0);
        assertThat(perfect.populationVariance()).isZero();
        assertThat(Imbalance.of(List.of(0, 0)).maxOverMean()).isZero();
    }
}
