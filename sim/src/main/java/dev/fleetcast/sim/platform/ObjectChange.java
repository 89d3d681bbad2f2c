package dev.fleetcast.sim.platform;

import dev.fleetcast.model.fleet.DevicePhase;
import dev.fleetcast.model.fleet.GatewayPhase;

/** A change to an object at the simulated API server, as a watch delivers it. */
sealed interface ObjectChange {

    /** A Device's status after a change. */
    record DeviceChanged(String name, String gateway, DevicePhase phase, long version) implements ObjectChange {
    }

    /** A Gateway's status after a change. */
    record GatewayChanged(String name, GatewayPhase phase, int counter, long version) implements ObjectChange {
    }
}
