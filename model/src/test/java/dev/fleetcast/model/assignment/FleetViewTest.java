package dev.fleetcast.model.assignment;

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
}
