package dev.fleetcast.model.scenario;

/** What makes the controller move a device off its gateway. */
public enum FailoverTrigger {
    /** The gateway's phase leaves Running (its Deployment is seen unavailable or deleted). */
    GATEWAY_PHASE,
    /** The device is marked Unreachable: its last heartbeat is older than the threshold. */
    HEARTBEAT_TIMEOUT
}
