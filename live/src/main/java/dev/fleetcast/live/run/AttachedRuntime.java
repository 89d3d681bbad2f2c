package dev.fleetcast.live.run;

import io.fabric8.kubernetes.client.KubernetesClient;

/**
 * The seam through which something that plays a part of the platform inside the run's own
 * process — an in-process device runtime, say, that watches Devices and connects each to its
 * gateway — is started and stopped with the run. A run needs none: in the lab the controller,
 * gateways and devices run in the cluster, or in {@code fleetcast live stand-in} and
 * {@code fleetcast live devices}.
 *
 * <p>{@link #start} is called once the run's watches are up and before its first object is
 * created; {@link #stop} once the run has ended (settled, timed out, failed or interrupted),
 * before it deletes its objects. Both are called from the run's own thread.
 */
public interface AttachedRuntime {

    /** Starts; the run's objects will be created in {@code plan.namespace()} through {@code client}. */
    void start(KubernetesClient client, RunPlan plan, RunClock clock);

    /** Stops, releasing everything {@link #start} took. Must not throw. */
    void stop();

    /**
     * What this runtime is, for the trace's {@code source} (so that a trace says what played it),
     * or the empty string.
     */
    default String describe() {
        return "";
    }
}
