package dev.fleetcast.model.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FleetViewTest {

    @Test
    void refusesDuplicateGatewaysAndNegativeCountsNamingThem() {
        assertThatThrownBy(() -> new FleetView(List.of(
                GatewayView.of("gateway-1", true, 0), GatewayView.of("gateway-1", true, 0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gateway-1 appears twice");
        assertThatThrownBy(() -> GatewayView.of("gateway-2", true, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gateway-2")
                .hasMessageContaining("-1");
    }

    @Test
    void derivedViewsKeepTheNamesTheyWereCheckedWith() {
        FleetView view = new FleetView(List.of(GatewayView.of("gateway-1", true, 3), GatewayView.of("gateway-2", true, 5)));

        FleetView doubled = view.map(g -> g.withBelievedDevices(g.believedDevices() * 2));

        assertThat(doubled.gateways()).extracting(GatewayView::believedDevices).containsExactly(6, 10);
        assertThatThrownBy(() -> view.map(g -> GatewayView.of("gateway-9", true, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gateway-9");
        assertThatThrownBy(() -> view.withSameNames(List.of(GatewayView.of("gateway-2", true, 0),
                GatewayView.of("gateway-1", true, 0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gateway-2");
    }
}
