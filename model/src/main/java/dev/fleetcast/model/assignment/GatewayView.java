package dev.fleetcast.model.assignment;

import dev.fleetcast.model.fleet.GatewayPhase;
import java.util.Objects;

/**
 * One gateway as a deciding controller sees it.
 *
 * @param name the gateway's name, unique within a view
 * @param phase the phase the controller sees (only {@link GatewayPhase#RUNNING} takes devices)
 * @param believedDevices how many devices the controller believes are assigned to it — which
 *     may be stale
 * @param maxDevices the gateway's spec.maxDevices (WASMBED's default is 100), at least 1
 * @param weight relative capacity for weighted policies, positive (1 when all are equal)
 * @param region the gateway's region, or the empty string when none is set
 */
public record GatewayView(String name, GatewayPhase phase, int believedDevices, int maxDevices, double weight,
        String region) {

    /** WASMBED's default spec.maxDevices. */
    public static final int DEFAULT_MAX_DEVICES = 100;

    public GatewayView {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a gateway needs a name, was \"" + name + "\"");
        }
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(region, "region");
        if (believedDevices < 0) {
            throw new IllegalArgumentException("gateway " + name + ": believedDevices must be 0 or more, was "
                    + believedDevices);
        }
        if (maxDevices < 1) {
            throw new IllegalArgumentException("gateway " + name + ": maxDevices must be at least 1, was " + maxDevices);
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("gateway " + name + ": weight must be a positive number, was " + weight);
        }
    }

    /** A Running or not-running gateway with default capacity, weight 1 and no region. */
    public static GatewayView of(String name, boolean running, int believedDevices) {
        return new GatewayView(name, running ? GatewayPhase.RUNNING : GatewayPhase.PENDING, believedDevices,
                DEFAULT_MAX_DEVICES, 1.0, "");
    }

    /** Whether the controller sees this gateway as Running. */
    public boolean running() {
        return phase == GatewayPhase.RUNNING;
    }

    /** Whether the controller believes it has room: fewer devices than maxDevices. */
    public boolean hasRoom() {
        return believedDevices < maxDevices;
    }

    /** This view with another believed device count. */
    public GatewayView withBelievedDevices(int devices) {
        return new GatewayView(name, phase, devices, maxDevices, weight, region);
    }
}
