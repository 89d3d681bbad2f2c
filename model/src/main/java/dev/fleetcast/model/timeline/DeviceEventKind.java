package dev.fleetcast.model.timeline;

/** The events of one device's life, as the simulator emits them and a live run records them. */
public enum DeviceEventKind {
    /** The Device object was created. */
    CREATED,
    /** A controller decided the device's gateway (or that none was available). */
    DECIDED,
    /** The device's pod (or emulated device) is ready to connect. */
    POD_READY,
    /** The device completed enrollment with its gateway. */
    ENROLLED,
    /** The gateway accepted the device's connection and marked it Connected. */
    CONNECTED,
    /** A heartbeat the gateway expected did not arrive. */
    HEARTBEAT_MISSED,
    /** The device was marked Unreachable (its last heartbeat was too old). */
    UNREACHABLE,
    /** The device's gateway failed, was deleted or was partitioned away. */
    GATEWAY_LOST,
    /** A controller moved the device to another gateway. */
    REASSIGNED,
    /** The device enrolled again, with its new gateway, after a move (or with the same one after a drop). */
    RE_ENROLLED,
    /**
     * The gateway replica holding the device's connection went away (scaled in) while the
     * gateway stayed up: the device reconnects, and the gateway's Service picks it a replica.
     */
    CONNECTION_DROPPED
}
