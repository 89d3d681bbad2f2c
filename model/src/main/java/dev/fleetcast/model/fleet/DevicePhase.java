package dev.fleetcast.model.fleet;

/** A Device's status.phase, as WASMBED's devices.wasmbed.github.io/v0 CRD defines it. */
public enum DevicePhase {
    PENDING, ENROLLING, ENROLLED, CONNECTED, DISCONNECTED, UNREACHABLE
}
