package dev.fleetcast.model.rebalance;

import dev.fleetcast.model.discipline.Intent;
import dev.fleetcast.model.fleet.DevicePhase;
import dev.fleetcast.model.fleet.GatewayPhase;
import dev.fleetcast.model.scenario.FailoverTrigger;
import java.util.Optional;

/**
 * Which devices a controller reconciles, and why, when the status it watches changes: the
 * failover rule, shared by the simulated and the live controller.
 */
public final class FailoverRules {

    private FailoverRules() {
    }

    /**
     * What to do about a device whose status now says {@code gateway} and {@code phase}:
     * place it if it has no gateway yet; under {@link FailoverTrigger#HEARTBEAT_TIMEOUT},
     * move it off its gateway once it is marked Unreachable; otherwise nothing.
     */
    public static Optional<Intent> forDevice(FailoverTrigger trigger, String gateway, DevicePhase phase) {
        if (gateway.isEmpty() && phase == DevicePhase.PENDING) {
            return Optional.of(Intent.PLACE);
        }
        if (trigger == FailoverTrigger.HEARTBEAT_TIMEOUT && phase == DevicePhase.UNREACHABLE && !gateway.isEmpty()) {
            return Optional.of(new Intent.Leave(gateway));
        }
        return Optional.empty();
    }

    /**
     * Whether every device on a gateway now in {@code phase} must leave it: under
     * {@link FailoverTrigger#GATEWAY_PHASE}, as soon as the gateway is seen Failed or Stopped.
     */
    public static boolean devicesMustLeave(FailoverTrigger trigger, GatewayPhase phase) {
        return trigger == FailoverTrigger.GATEWAY_PHASE
                && (phase == GatewayPhase.FAILED || phase == GatewayPhase.STOPPED);
    }
}
