package dev.fleetcast.live.run.trace;

import dev.fleetcast.model.trace.PodRole;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.List;
import java.util.Map;

/**
 * What a pod is to the platform, from its labels or, failing those, its name: a label
 * {@code fleetcast.dev/role} of {@code gateway} or {@code device} wins; else a pod whose name
 * starts with one of the run's gateway names and a dash (a Deployment's pods are
 * {@code <deployment>-<hash>-<id>}) is a gateway's, one named {@code device-…} a device's.
 */
public record PodRoles(List<String> gateways) {

    /** The label that says a pod's role outright. */
    public static final String ROLE_LABEL = "fleetcast.dev/role";

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
        String name = pod.getMetadata().getName();
        for (String gateway : gateways) {
            if (name.startsWith(gateway + "-")) {
                return PodRole.GATEWAY;
            }
        }
        return name.startsWith("device-") ? PodRole.DEVICE : PodRole.OTHER;
    }
}
