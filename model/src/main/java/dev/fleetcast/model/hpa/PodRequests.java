package dev.fleetcast.model.hpa;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each pod's request for a resource ({@code calculateRequests}), for Utilization targets.
 * Every listed pod needs one, even an ignored pod: a missing request fails the metric.
 */
final class PodRequests {

    private PodRequests() {
    }

    /**
     * @param container the container of a ContainerResource metric, or empty for a Resource metric
     * @return pod name → request in milli-units, in pod order
     * @throws MetricUnavailable naming the pod and container without a request
     */
    static Map<String, Long> of(List<PodState> pods, Optional<String> container, String resource)
            throws MetricUnavailable {
        Map<String, Long> requests = new LinkedHashMap<>();
        for (PodState pod : pods) {
            requests.put(pod.name(), container.isEmpty() && !pod.podLevelRequestsMilli().isEmpty()
                    ? podLevel(pod, resource) : fromContainers(pod, container, resource));
        }
        return requests;
    }

    /**
     * Pod-level requests take precedence when the pod sets any and no container is named. For a
     * resource the pod level leaves out, Kubernetes falls back to what the containers request.
     */
    private static long podLevel(PodState pod, String resource) throws MetricUnavailable {
        Long request = pod.podLevelRequestsMilli().get(resource);
        if (request != null) {
            return request;
        }
        long sum = 0;
        boolean any = false;
        for (PodContainer c : pod.containers()) {
            Long r = c.requestsMilli().get(resource);
            if (r != null && c.kind() != PodContainer.Kind.INIT) {
                sum += r;
                any = true;
            }
        }
        if (!any) {
            throw new MetricUnavailable("missing pod-level request for " + resource + " in Pod " + pod.name());
        }
        return sum;
    }

    /** Regular containers, then sidecars (restartable init containers); plain init containers do not count. */
    private static long fromContainers(PodState pod, Optional<String> container, String resource)
            throws MetricUnavailable {
        long request = 0;
        for (PodContainer.Kind kind : new PodContainer.Kind[] {PodContainer.Kind.CONTAINER, PodContainer.Kind.SIDECAR}) {
            for (PodContainer c : pod.containers()) {
                if (c.kind() != kind) {
                    continue;
                }
                if (container.isEmpty() || container.get().equals(c.name())) {
                    Long r = c.requestsMilli().get(resource);
                    if (r == null) {
                        throw new MetricUnavailable("missing request for " + resource + " in container " + c.name()
                                + " of Pod " + pod.name());
                    }
                    request += r;
                }
                if (container.isPresent() && container.get().equals(c.name())) {
                    return request;
                }
            }
        }
        if (container.isPresent()) {
            throw new MetricUnavailable("container " + container.get() + " not found in Pod " + pod.name());
        }
        return request;
    }
}
