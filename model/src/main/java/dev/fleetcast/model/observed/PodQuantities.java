package dev.fleetcast.model.observed;

import dev.fleetcast.model.trace.PodObservation;
import dev.fleetcast.model.trace.PodRole;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Measures pod start-ups, one definition for a fleetcast trace's pods and for
 * {@code kubectl get pods -o json}:
 *
 * <ul>
 *   <li>device pods: {@code podStartup} = creation → Ready, {@code podScheduling} = creation →
 *       PodScheduled, {@code containerStart} = creation → the last container running;
 *   <li>gateway pods: {@code gatewayRollout} = creation → Ready.
 * </ul>
 *
 * When no pod is a device's, the pods of role OTHER stand in for them (a dump of a namespace in
 * which nothing says which pods are devices), and a note says so. A pod that never became Ready
 * gives no start-up and is counted in a note; so is a pod whose containers restarted (its
 * Ready transition and container start times are then the latest, not the first), and a
 * difference made negative by clock skew between the API server and a kubelet.
 */
public final class PodQuantities {

    private static final int NAMES_IN_NOTE = 5;

    private PodQuantities() {
    }

    /**
     * Adds the pods' quantities and notes to {@code into}.
     *
     * @param podStartup whether to measure {@code podStartup} from the pods (a trace whose
     *     timeline already measured it from device events does not)
     */
    public static void measure(List<PodObservation> pods, boolean podStartup, ObservedQuantities.Builder into) {
        List<PodObservation> devices = withRole(pods, PodRole.DEVICE);
        if (devices.isEmpty()) {
            devices = withRole(pods, PodRole.OTHER);
            if (!devices.isEmpty()) {
                into.note("no pod was recognised as a device's; the start-ups of all " + devices.size()
                        + " pods that are not gateways' stand in for devices'");
            }
        }
        Skips skips = new Skips();
        for (PodObservation pod : devices) {
            if (pod.restarts() > 0) {
                skips.restarted.add(pod.name());
                continue;
            }
            if (pod.readyNanos().isEmpty()) {
                skips.neverReady.add(pod.name());
            } else if (podStartup) {
                difference(pod, pod.readyNanos(), QuantityNames.POD_STARTUP, into, skips);
            }
            difference(pod, pod.scheduledNanos(), QuantityNames.POD_SCHEDULING, into, skips);
            difference(pod, pod.containersStartedNanos(), QuantityNames.CONTAINER_START, into, skips);
        }
        for (PodObservation pod : withRole(pods, PodRole.GATEWAY)) {
            if (pod.restarts() > 0) {
                skips.restarted.add(pod.name());
            } else if (pod.readyNanos().isEmpty()) {
                skips.neverReady.add(pod.name());
            } else {
                difference(pod, pod.readyNanos(), QuantityNames.GATEWAY_ROLLOUT, into, skips);
            }
        }
        note(into, skips.neverReady, "pods that never became Ready, so give no start-up (skipped)");
        note(into, skips.restarted, "pods whose containers restarted, so their Ready and start times are not the "
                + "first (skipped)");
        if (skips.negative > 0) {
            into.note("differences made negative by clock skew between the API server and a kubelet (skipped): "
                    + skips.negative);
        }
    }

    private static void difference(PodObservation pod, OptionalLong end, String quantity,
            ObservedQuantities.Builder into, Skips skips) {
        if (end.isEmpty()) {
            return;
        }
        long nanos = end.getAsLong() - pod.createdNanos();
        if (nanos < 0) {
            skips.negative++;
        } else {
            into.add(quantity, nanos);
        }
    }

    private static List<PodObservation> withRole(List<PodObservation> pods, PodRole role) {
        return pods.stream().filter(p -> p.role() == role).toList();
    }

    /** {@code what: 7 (device-2, device-9, …)}. */
    private static void note(ObservedQuantities.Builder into, List<String> names, String what) {
        if (names.isEmpty()) {
            return;
        }
        String listed = String.join(", ", names.subList(0, Math.min(NAMES_IN_NOTE, names.size())))
                + (names.size() > NAMES_IN_NOTE ? ", …" : "");
        into.note(what + ": " + names.size() + " (" + listed + ")");
    }

    /** What measuring skipped, for the notes. */
    private static final class Skips {
        private final List<String> neverReady = new ArrayList<>();
        private final List<String> restarted = new ArrayList<>();
        private int negative;
    }
}
