package dev.fleetcast.model.assignment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FleetViewTest {

    @Test
    void refusesDuplicateGatewaysAndNegativeCountsNamingThem() {
        assertThatThrownBy(() -> new FleetView(List.of(
                new GatewayView("gateway-1", true, 0), new GatewayView("gateway-1", true, 0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gateway-1 appears twice");
        assertThatThrownBy(() -> new GatewayView("gateway-2", true, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gateway-2")
                .hasMessageContaining("-1");
    }
}
