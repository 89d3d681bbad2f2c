package dev.fleetcast.live.controller;

import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.DeviceStatus;
import dev.fleetcast.live.crd.Gateway;
import dev.fleetcast.live.crd.Phases;
import dev.fleetcast.model.discipline.Intent;
import dev.fleetcast.model.fleet.DevicePhase;
import dev.fleetcast.model.fleet.GatewayPhase;
import dev.fleetcast.model.rebalance.FailoverRules;
import dev.fleetcast.model.scenario.FailoverTrigger;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Why a device is reconciled, from what the cache shows — model's {@link FailoverRules}, the rule
 * the simulator's controller applies, read off the cluster's objects:
 * <ul>
 *   <li>a device without a gateway is placed;</li>
 *   <li>a device whose gateway object is gone leaves it, whatever the trigger (no gateway is left
 *       to mark it Unreachable, and no view holds the gateway any more);</li>
 *   <li>a device whose gateway is not Running leaves it when {@link FailoverRules#devicesMustLeave}
 *       says so (trigger gateway-phase, gateway Failed or Stopped); otherwise it is left alone;</li>
 *   <li>a device marked Unreachable — or Connected/Enrolled with a lastHeartbeat older than the
 *       controller's own timeout, which it reads as Unreachable — leaves its gateway when
 *       {@link FailoverRules#forDevice} says so (trigger heartbeat-timeout);</li>
 *   <li>anything else gets {@link Intent#PLACE}, which the flow turns into nothing for a device on a
 *       Running gateway.</li>
 * </ul>
 *
 * @param trigger the scenario's failover trigger
 * @param heartbeatTimeout how old a Connected device's lastHeartbeat may be; zero turns the check off
 */
public record IntentRule(FailoverTrigger trigger, Duration heartbeatTimeout) {

    public IntentRule {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(heartbeatTimeout, "heartbeatTimeout");
        if (heartbeatTimeout.isNegative()) {
            throw new IllegalArgumentException("heartbeat timeout must be 0 (off) or positive, was " + heartbeatTimeout);
        }
    }

    /**
     * @param gateways looks a gateway up by name (null when there is none)
     * @param now the controller's clock reading
     * @return the intent, or empty when the device is to be left where it is
     */
    public Optional<Intent> intentOf(Device device, Function<String, Gateway> gateways, Instant now) {
        DeviceStatus status = device.getStatus();
        String on = status == null ? "" : status.gatewayNameOrEmpty();
        if (on.isEmpty()) {
            return Optional.of(Intent.PLACE);
        }
        Gateway gateway = gateways.apply(on);
        if (gateway == null) {
            return Optional.of(new Intent.Leave(on));
        }
        GatewayPhase gatewayPhase = Phases.gatewayOf(gateway);
        if (gatewayPhase != GatewayPhase.RUNNING) {
            return FailoverRules.devicesMustLeave(trigger, gatewayPhase) ? Optional.of(new Intent.Leave(on))
                    : Optional.empty();
        }
        DevicePhase phase = Phases.deviceOf(device);
        if (heartbeatTooOld(status, phase, now)) {
            phase = DevicePhase.UNREACHABLE;
        }
        return Optional.of(FailoverRules.forDevice(trigger, on, phase).orElse(Intent.PLACE));
    }

    /** Whether a Connected or Enrolled device's lastHeartbeat is older than the timeout. */
    boolean heartbeatTooOld(DeviceStatus status, DevicePhase phase, Instant now) {
        if (heartbeatTimeout.isZero() || (phase != DevicePhase.CONNECTED && phase != DevicePhase.ENROLLED)) {
            return false;
        }
        String last = status.getLastHeartbeat() != null ? status.getLastHeartbeat() : status.getConnectedSince();
        if (last == null) {
            return false;
        }
        try {
            return Instant.parse(last).plus(heartbeatTimeout).isBefore(now);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
