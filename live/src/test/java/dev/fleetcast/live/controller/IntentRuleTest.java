package dev.fleetcast.live.controller;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.DeviceGatewayRef;
import dev.fleetcast.live.crd.DeviceStatus;
import dev.fleetcast.live.crd.Gateway;
import dev.fleetcast.live.crd.GatewayStatus;
import dev.fleetcast.model.discipline.Intent;
import dev.fleetcast.model.scenario.FailoverTrigger;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IntentRuleTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    final IntentRule byPhase = new IntentRule(FailoverTrigger.GATEWAY_PHASE, Duration.ofSeconds(30));
    final IntentRule byHeartbeat = new IntentRule(FailoverTrigger.HEARTBEAT_TIMEOUT, Duration.ofSeconds(30));
    final Map<String, Gateway> gateways = Map.of("up", gateway("up", "Running"), "down", gateway("down", "Failed"),
            "starting", gateway("starting", "Pending"), "stopped", gateway("stopped", "Stopped"));

    private Optional<Intent> of(IntentRule rule, Device device) {
        return rule.intentOf(device, gateways::get, NOW);
    }

    @Test
    void unassignedOrHealthyDevicesArePlacedWhichLeavesHealthyOnesAlone() {
        for (IntentRule rule : List.of(byPhase, byHeartbeat)) {
            assertThat(of(rule, device(null, null, null))).contains(Intent.PLACE);
            assertThat(of(rule, device("up", "Connected", NOW.minusSeconds(10)))).contains(Intent.PLACE);
            assertThat(of(rule, device("up", "Enrolling", NOW.minusSeconds(600))))
                    .as("not yet connected: no heartbeat expected").contains(Intent.PLACE);
        }
    }

    @Test
    void aDeletedGatewaysDevicesLeaveUnderEitherTrigger() {
        assertThat(of(byPhase, device("gone", "Connected", NOW))).contains(new Intent.Leave("gone"));
        assertThat(of(byHeartbeat, device("gone", "Connected", NOW))).contains(new Intent.Leave("gone"));
    }

    @Test
    void gatewayPhaseTriggerMovesDevicesOffFailedAndStoppedGatewaysOnly() {
        assertThat(of(byPhase, device("down", "Connected", NOW))).contains(new Intent.Leave("down"));
        assertThat(of(byPhase, device("stopped", "Connected", NOW))).contains(new Intent.Leave("stopped"));
        assertThat(of(byPhase, device("starting", "Enrolling", NOW))).as("a Pending gateway keeps its devices")
                .isEmpty();
        assertThat(of(byPhase, device("up", "Unreachable", NOW))).as("model: Unreachable moves only by heartbeat")
                .contains(Intent.PLACE);
    }

    @Test
    void heartbeatTriggerMovesUnreachableAndSilentDevicesButNotThoseOfAFailedGateway() {
        assertThat(of(byHeartbeat, device("up", "Unreachable", NOW))).contains(new Intent.Leave("up"));
        assertThat(of(byHeartbeat, device("up", "Connected", NOW.minusSeconds(31)))).contains(new Intent.Leave("up"));
        assertThat(of(byHeartbeat, device("down", "Connected", NOW))).as("waits until the device is found Unreachable")
                .isEmpty();
        assertThat(new IntentRule(FailoverTrigger.HEARTBEAT_TIMEOUT, Duration.ZERO)
                .intentOf(device("up", "Connected", NOW.minusSeconds(3600)), gateways::get, NOW))
                .as("timeout off").contains(Intent.PLACE);
    }

    private static Gateway gateway(String name, String phase) {
        Gateway g = new Gateway();
        g.setMetadata(new ObjectMetaBuilder().withName(name).build());
        GatewayStatus status = new GatewayStatus();
        status.setPhase(phase);
        g.setStatus(status);
        return g;
    }

    private static Device device(String gateway, String phase, Instant heartbeat) {
        Device d = new Device();
        d.setMetadata(new ObjectMetaBuilder().withName("d").build());
        if (gateway != null) {
            DeviceStatus status = new DeviceStatus();
            status.setGateway(new DeviceGatewayRef(gateway, gateway + ":8443"));
            status.setPhase(phase);
            status.setLastHeartbeat(heartbeat == null ? null : heartbeat.toString());
            d.setStatus(status);
        }
        return d;
    }
}
