package dev.fleetcast.model.observed;

import java.util.Set;

/**
 * The names under which readers report samples, each defined once. Where a source measures what
 * a calibration file sets, the name is the calibration's (the scenario's {@code latencies}
 * fields); other names are measured too, either as inputs a later model may take or as outcomes
 * to compare predictions with. A CSV column may bring any other name.
 */
public final class QuantityNames {

    /** An API write (create, update, patch), request to response. Calibration quantity. */
    public static final String API_WRITE = "apiWrite";
    /**
     * A LIST, request to response — as measured, so including what each listed object adds
     * (the calibration splits it into {@code apiList} and {@code listPerDevice}). Calibration quantity.
     */
    public static final String API_LIST = "apiList";
    /** What each listed device adds to a LIST. Calibration quantity; no source measures it alone. */
    public static final String LIST_PER_DEVICE = "listPerDevice";
    /** API server change → informer cache. Calibration quantity; never observed directly (inverse calibration). */
    public static final String WATCH_DELAY = "watchDelay";
    /**
     * A device's creation → its pod ready; from a pod alone, the pod's creation → Ready. Calibration quantity.
     */
    public static final String POD_STARTUP = "podStartup";
    /** A device's enrollment handshake with its gateway, once it knows it. Calibration quantity. */
    public static final String HANDSHAKE = "handshake";
    /** A gateway's death → its phase leaving Running. Calibration quantity. */
    public static final String FAILURE_NOTICED = "failureNoticed";
    /** A gateway's creation (or scale-up) → running. Calibration quantity. */
    public static final String GATEWAY_ROLLOUT = "gatewayRollout";

    /** Time between two consecutive device creations. */
    public static final String CREATION_INTERVAL = "creationInterval";
    /** A pod's creation → bound to a node (condition PodScheduled). */
    public static final String POD_SCHEDULING = "podScheduling";
    /** A pod's creation → the last of its containers running. */
    public static final String CONTAINER_START = "containerStart";
    /** A Deployment that is not a gateway: its scale-up → each new pod's containers started. */
    public static final String ROLLOUT = "rollout";

    /** Outcome: a device's creation → enrolled (the metric catalogue's enrollment latency). */
    public static final String ENROLLMENT_LATENCY = "enrollmentLatency";
    /** Outcome: gateway lost → device marked Unreachable. */
    public static final String DETECTION_TIME = "detectionTime";
    /** Outcome: gateway lost → device re-enrolled. */
    public static final String FAILOVER_RECOVERY = "failoverRecovery";

    /** The quantities a calibration file can set. */
    public static final Set<String> CALIBRATION = Set.of(API_WRITE, API_LIST, LIST_PER_DEVICE, WATCH_DELAY,
            POD_STARTUP, HANDSHAKE, FAILURE_NOTICED, GATEWAY_ROLLOUT);

    /** The outcomes: what a run produced, to compare with a prediction rather than to fit as an input. */
    public static final Set<String> OUTCOMES = Set.of(ENROLLMENT_LATENCY, DETECTION_TIME, FAILOVER_RECOVERY);

    private QuantityNames() {
    }
}
