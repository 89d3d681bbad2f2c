package dev.fleetcast.model.fleet;

/** A Gateway's status.phase, as WASMBED's gateways.wasmbed.io/v1 CRD defines it. */
public enum GatewayPhase {
    PENDING, RUNNING, FAILED, STOPPED
}
