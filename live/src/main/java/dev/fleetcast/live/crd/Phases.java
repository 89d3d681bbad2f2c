package dev.fleetcast.live.crd;

import dev.fleetcast.model.fleet.DevicePhase;
import dev.fleetcast.model.fleet.GatewayPhase;
import java.util.Locale;
import java.util.Optional;

/**
 * The wire spelling of the phases ("Running", "Unreachable") and model's enums. Phases stay
 * strings in the CRD classes so that an object written by another tool with a phase we do not
 * know still reads; these conversions say what we make of it.
 */
public final class Phases {

    private Phases() {
    }

    /** The wire name of a model phase: RUNNING → "Running". */
    public static String wire(Enum<?> phase) {
        String lower = phase.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** The model phase of a Gateway's status.phase, or empty when absent or unknown. */
    public static Optional<GatewayPhase> gateway(String wire) {
        return parse(GatewayPhase.class, wire);
    }

    /** The model phase of a Device's status.phase, or empty when absent or unknown. */
    public static Optional<DevicePhase> device(String wire) {
        return parse(DevicePhase.class, wire);
    }

    /** A Gateway's phase, Pending when it has no status or an unknown phase. */
    public static GatewayPhase gatewayOf(Gateway gateway) {
        GatewayStatus status = gateway.getStatus();
        return status == null ? GatewayPhase.PENDING : gateway(status.getPhase()).orElse(GatewayPhase.PENDING);
    }

    /** A Device's phase, Pending when it has no status or an unknown phase. */
    public static DevicePhase deviceOf(Device device) {
        DeviceStatus status = device.getStatus();
        return status == null ? DevicePhase.PENDING : device(status.getPhase()).orElse(DevicePhase.PENDING);
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String wire) {
        if (wire == null) {
            return Optional.empty();
        }
        for (E value : type.getEnumConstants()) {
            if (wire(value).equals(wire)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
