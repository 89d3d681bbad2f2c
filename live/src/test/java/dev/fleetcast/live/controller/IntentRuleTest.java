package dev.fleetcast.live.controller;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.DeviceGatewayRef;
import dev.fleetcast.live.crd.DeviceStatus;
import dev.fleetcast.live.crd.Gateway;
import dev.fleetcast.live.crd.GatewayStatus;
import dev.fleetcast.model.discipline.Intent;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntentRuleTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    final IntentRule rule = new IntentRule(Duration.ofSeconds(30));
    final Map<String, Gateway> gateways = Map.of("up", gateway("up", "Running"), "down", gateway("down", "Failed"));

    @Test
    void unassignedOrHealthyDevicesArePlacedWhichLeavesHealthyOnesAlone() {
        assertThat(rule.intentOf(device(null, null, null), gateways::get, NOW)).isEqualTo(Intent.PLACE);
        assertThat(rule.intentOf(device("up", "Connected", NOW.minusSeconds(10)), gateways::get, NOW))
                .isEqualTo(Intent.PLACE);
        assertThat(rule.intentOf(device("up", "Enrolling", NOW.minusSeconds(600)), gateways::get, NOW))
                .as("not yet connected: no heartbeat expected").isEqualTo(Intent.PLACE);
    }

    @Test
    void lostGatewaysUnreachableAndSilentDevicesLeave() {
        assertThat(rule.intentOf(device("down", "Connected", NOW), gateways::get, NOW)).isEqualTo(new Intent.Leave("down"));
        assertThat(rule.intentOf(device("gone", "Connected", NOW), gateways::get, NOW)).isEqualTo(new Intent.Leave("gone"));
        assertThat(rule.intentOf(device("up", "Unreachable", NOW), gateways::get, NOW)).isEqualTo(new Intent.Leave("up"));
        assertThat(rule.intentOf(device("up", "Connected", NOW.minusSeconds(31)), gateways::get, NOW))
                .isEqualTo(new Intent.Leave("up"));
        assertThat(new IntentRule(Duration.ZERO).intentOf(device("up", "Connected", NOW.minusSeconds(3600)),
                gateways::get, NOW)).as("timeout off").isEqualTo(Intent.PLACE);
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
