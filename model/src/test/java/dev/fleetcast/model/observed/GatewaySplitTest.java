package dev.fleetcast.model.observed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewaySplitTest {

    @Test
    void sortsLargestFirstAndCountsGatewaysTheSourceLeftOut() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("gateway-3", 8);
        counts.put("gateway-1", 21);
        counts.put("gateway-2", 21);
        GatewaySplit split = new GatewaySplit("50_devices_5_gateways", 50, 5, counts);

        assertThat(split.sortedCounts()).containsExactly(21, 21, 8, 0, 0);
        assertThat(split.shorthand()).isEqualTo("21/21/8/0/0");
        assertThat(split.devicesPerGateway().keySet()).as("the source's order").containsExactly("gateway-3",
                "gateway-1", "gateway-2");
    }

    @Test
    void refusesFewerGatewaysThanCountsOrNegativeCounts() {
        assertThatThrownBy(() -> new GatewaySplit("", 2, 1, Map.of("a", 1, "b", 1))).hasMessageContaining("1 gateways");
        assertThatThrownBy(() -> new GatewaySplit("", 2, 1, Map.of("a", -1))).hasMessageContaining("0 or more");
    }
}
