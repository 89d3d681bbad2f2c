package dev.fleetcast.live.controller;

import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.DeviceStatus;
import dev.fleetcast.live.crd.Gateway;
import dev.fleetcast.live.crd.Phases;
import dev.fleetcast.model.discipline.Intent;
import dev.fleetcast.model.fleet.DevicePhase;
import dev.fleetcast.model.fleet.GatewayPhase;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.function.Function;

/**
 * Why a device is reconciled, from what the cache shows: {@link Intent#PLACE} for a device
 * without a gateway (or one whose gateway is fine — the flow then leaves it alone), {@link
 * Intent.Leave} when its gateway is deleted or not Running, when the device is Unreachable, or
 * when its last heartbeat is older than the timeout while it is Connected or Enrolled.
 *
 * @param heartbeatTimeout how old a Connected device's lastHeartbeat may be; zero turns the check off
 */
public record IntentRule(Duration heartbeatTimeout) {

    public IntentRule {
        Objects.requireNonNull(heartbeatTimeout, "heartbeatTimeout");
        if (heartbeatTimeout.isNegative()) {
            throw new IllegalArgumentException("heartbeat timeout must be 0 (off) or positive, was " + heartbeatTimeout);
        }
    }

    /**
     * @param gateways looks a gateway up by name (null when there is none)
     * @param now the controller's clock reading
     */
    public Intent intentOf(Device device, Function<String, Gateway> gateways, Instant now) {
        DeviceStatus status = device.getStatus();
        String on = status == null ? "" : status.gatewayNameOrEmpty();
        if (on.isEmpty()) {
            return Intent.PLACE;
        }
        Gateway gateway = gateways.apply(on);
        if (gateway == null || Phases.gatewayOf(gateway) != GatewayPhase.RUNNING) {
            return new Intent.Leave(on);
        }
        DevicePhase phase = Phases.deviceOf(device);
        if (phase == DevicePhase.UNREACHABLE || heartbeatTooOld(status, phase, now)) {
            return new Intent.Leave(on);
        }
        return Intent.PLACE;
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
