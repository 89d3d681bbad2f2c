package dev.fleetcast.model.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewayPoolOrderTest {

    @Test
    void theFirstStandbyJoinsAndTheNamedOrNewestLeaves() {
        List<String> declared = List.of("g1", "g2", "g3", "g4");
        assertThat(GatewayPoolOrder.toAdd(declared, List.of("g1", "g3"))).hasValue("g2");
        assertThat(GatewayPoolOrder.toAdd(declared, declared)).isEmpty();

        Map<String, List<String>> replicas = Map.of("g1", List.of("g1-1"), "g3", List.of("g3-1"), "g2", List.of("g2-1"));
        assertThat(GatewayPoolOrder.toRemove(List.of("g1", "g3", "g2"), replicas, List.of())).isEqualTo("g2");
        assertThat(GatewayPoolOrder.toRemove(List.of("g1", "g3", "g2"), replicas, List.of("x-1", "g1-1", "g3-1")))
                .isEqualTo("g1");
    }
}
