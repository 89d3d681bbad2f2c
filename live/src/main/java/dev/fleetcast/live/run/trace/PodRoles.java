package dev.fleetcast.live.run.trace;

import dev.fleetcast.model.trace.PodRole;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.List;
import java.util.Map;

/**
 * What a pod is to the platform, from its labels or, failing those, its name: a label
 * {@code fleetcast.dev/role} of {@code gateway} or {@code device} wins; then the gateway
 * controller's label {@code fleetcast.dev/gateway} (on a gateway Deployment's pods) makes it a
 * gateway's; else a pod whose name starts with one of the run's gateway names and a dash, or
 * with {@code fleetcast-gw-} (a Deployment's pods are {@code <deployment>-<hash>-<id>}), is a
 * gateway's, and one named {@code device-…} a device's.
 */
public record PodRoles(List<String> gateways) {

    /** The label that says a pod's role outright. */
    public static final String ROLE_LABEL = "fleetcast.dev/role";
    /** The label the gateway controller puts on a gateway's Deployment and pods. */
    public static final String GATEWAY_LABEL = "fleetcast.dev/gateway";

    public PodRoles {
        gateways = List.copyOf(gateways);
    }

    /** The role of {@code pod}. */
    public PodRole of(Pod pod) {
        Map<String, String> labels = pod.getMetadata().getLabels();
        String label = labels == null ? null : labels.get(ROLE_LABEL);
        if ("gateway".equals(label)) {
            return PodRole.GATEWAY;
        }
        if ("device".equals(label)) {
            return PodRole.DEVICE;
        }
        if (labels != null && labels.containsKey(GATEWAY_LABEL)) {
            return PodRole.GATEWAY;
        }
        String name = pod.getMetadata().getName();
        if (name.startsWith("fleetcast-gw-")) {
            return PodRole.GATEWAY;
        }
        for (String gateway : gateways) {
            if (name.startsWith(gateway + "-")) {
                return PodRole.GATEWAY;
            }
        }
        return name.startsWith("device-") ? PodRole.DEVICE : PodRole.OTHER;
    }
}
