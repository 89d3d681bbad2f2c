package dev.fleetcast.formats.result;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.model.assignment.RoundRobin;
import dev.fleetcast.model.distribution.UniformDuration;
import dev.fleetcast.model.result.LatencySummary;
import dev.fleetcast.model.result.SteadyCreationOutcome;
import dev.fleetcast.model.result.SteadyCreationResult;
import dev.fleetcast.model.scenario.SteadyCreationFleet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SteadyCreationResultJsonTest {

    private static SteadyCreationResult result() {
        SteadyCreationFleet fleet = new SteadyCreationFleet(3, List.of("gateway-1", "gateway-2"), 1_000_000_000L,
                new UniformDuration(20_000_000_000L, 40_000_000_000L), new RoundRobin());
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("gateway-1", 2);
        counts.put("gateway-2", 1);
        SteadyCreationOutcome outcome = new SteadyCreationOutcome(counts, List.of(),
                new long[] {21_000_000_000L, 25_500_000_000L, 30_000_000_000L}, 6, 32_000_000_000L);
        LatencySummary latency = new LatencySummary(3, 21_000_000_000L, 25.5e9, 25_500_000_000L,
                30_000_000_000L, 30_000_000_000L, 30_000_000_000L,
                List.of(new LatencySummary.Bin(21_000_000_000L, 1), new LatencySummary.Bin(25_500_000_000L, 1),
                        new LatencySummary.Bin(30_000_000_000L, 1)));
        return new SteadyCreationResult(fleet, 42, outcome, latency);
    }

    @Test
    void writesTheStudyAndItsOutcomeUnderASchemaVersion() {
        JsonNode json = JsonMapper.builder().build().readTree(new SteadyCreationResultJson().write(result(), "0.1.0"));

        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.get("kind").asString()).isEqualTo("steady-creation-result");
        assertThat(json.get("seed").asLong()).isEqualTo(42);
        assertThat(json.at("/study/creationInterval").asString()).isEqualTo("1s");
        assertThat(json.at("/study/podStartup").asString()).isEqualTo("uniform(20s, 40s)");
        assertThat(json.at("/study/policy").asString()).isEqualTo("round-robin");
        assertThat(json.at("/devicesPerGateway/gateway-1").asInt()).isEqualTo(2);
        assertThat(json.at("/enrollmentLatencySeconds/mean").asDouble()).isEqualTo(25.5);
        assertThat(json.at("/enrollmentLatencySeconds/max").asDouble()).isEqualTo(30.0);
        assertThat(json.get("eventsProcessed").asLong()).isEqualTo(6);
        assertThat(json.get("simulatedSeconds").asDouble()).isEqualTo(32.0);
    }

    @Test
    void theSameResultGivesTheSameBytes() {
        assertThat(new SteadyCreationResultJson().write(result(), "0.1.0"))
                .isEqualTo(new SteadyCreationResultJson().write(result(), "0.1.0"))
                .endsWith("}\n");
    }

    @Test
    void gatewayCountsKeepTheScenarioOrder() {
        assertThat(GatewayCountsCsv.write(result().outcome())).isEqualTo("gateway,devices\ngateway-1,2\ngateway-2,1\n");
    }
}
