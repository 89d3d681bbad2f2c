package dev.fleetcast.model.assignment;

/** Whether a policy treats a gateway at its maxDevices as full. */
public enum CapacityRule {
    /** Only gateways with fewer believed devices than maxDevices take devices. */
    RESPECT_MAX_DEVICES,
    /** maxDevices is ignored, as WASMBED's controller ignores it. */
    IGNORE_MAX_DEVICES;

    /** Whether {@code gateway} may take a device under this rule: Running, and with room if it matters. */
    public boolean eligible(GatewayView gateway) {
        return gateway.running() && (this == IGNORE_MAX_DEVICES || gateway.hasRoom());
    }
}
