package dev.fleetcast.model.rebalance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.model.discipline.Intent;
import dev.fleetcast.model.fleet.DevicePhase;
import dev.fleetcast.model.fleet.GatewayPhase;
import dev.fleetcast.model.scenario.FailoverTrigger;
import org.junit.jupiter.api.Test;

class FailoverRulesTest {

    @Test
    void newDevicesArePlacedAndUnreachableOnesLeaveOnlyUnderTheHeartbeatTrigger() {
        assertThat(FailoverRules.forDevice(FailoverTrigger.GATEWAY_PHASE, "", DevicePhase.PENDING)).contains(Intent.PLACE);
        assertThat(FailoverRules.forDevice(FailoverTrigger.HEARTBEAT_TIMEOUT, "gateway-2", DevicePhase.UNREACHABLE))
                .contains(new Intent.Leave("gateway-2"));
        assertThat(FailoverRules.forDevice(FailoverTrigger.GATEWAY_PHASE, "gateway-2", DevicePhase.UNREACHABLE)).isEmpty();
        assertThat(FailoverRules.forDevice(FailoverTrigger.HEARTBEAT_TIMEOUT, "gateway-2", DevicePhase.CONNECTED)).isEmpty();
    }

    @Test
    void aGatewaysDevicesLeaveWhenItIsSeenFailedOrStoppedUnderThePhaseTrigger() {
        assertThat(FailoverRules.devicesMustLeave(FailoverTrigger.GATEWAY_PHASE, GatewayPhase.FAILED)).isTrue();
        assertThat(FailoverRules.devicesMustLeave(FailoverTrigger.GATEWAY_PHASE, GatewayPhase.STOPPED)).isTrue();
        assertThat(FailoverRules.devicesMustLeave(FailoverTrigger.GATEWAY_PHASE, GatewayPhase.PENDING)).isFalse();
        assertThat(FailoverRules.devicesMustLeave(FailoverTrigger.HEARTBEAT_TIMEOUT, GatewayPhase.FAILED)).isFalse();
    }
}
