package dev.fleetcast.model.trace;

/** What a pod was to the platform, which decides the quantity its start-up describes. */
public enum PodRole {
    /** A device's pod (or emulated device): its start-up is the scenario's {@code podStartup}. */
    DEVICE,
    /** A gateway's pod: its start-up is part of the scenario's {@code gatewayRollout}. */
    GATEWAY,
    /** Anything else (controllers, monitoring). */
    OTHER
}
