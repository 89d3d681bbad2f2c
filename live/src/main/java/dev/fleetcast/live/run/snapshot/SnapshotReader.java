package dev.fleetcast.live.run.snapshot;

import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.Gateway;
import dev.fleetcast.live.run.LiveRunException;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a namespace's Gateways, Devices and HPAs into a {@link ClusterFleet}. An HPA counts as
 * a gateway's when it targets a Deployment labelled {@code fleetcast.dev/gateway=<gateway>},
 * or, failing a label, one named {@code <gateway>}, {@code <gateway>-deployment} or
 * {@code gateway-<gateway>}.
 */
public final class SnapshotReader {

    /** The label by which a gateway's Deployment names its Gateway. */
    public static final String GATEWAY_LABEL = "fleetcast.dev/gateway";

    private SnapshotReader() {
    }

    /**
     * Reads {@code namespace}.
     *
     * @throws LiveRunException when the cluster refuses a read, naming it and the server's message
     */
    public static ClusterFleet read(KubernetesClient client, String namespace, Instant now) {
        try {
            List<ClusterFleet.SnapshotGateway> gateways = new ArrayList<>();
            for (Gateway gateway : client.resources(Gateway.class).inNamespace(namespace).list().getItems()) {
                gateways.add(new ClusterFleet.SnapshotGateway(gateway.getMetadata().getName(),
                        gateway.getSpec() == null ? 100 : gateway.getSpec().maxDevicesOrDefault(),
                        gateway.getSpec() == null ? 1.0 : gateway.getSpec().weightOrDefault(),
                        gateway.getSpec() == null ? "" : gateway.getSpec().getRegion()));
            }
            gateways.sort(Comparator.comparing(ClusterFleet.SnapshotGateway::name));
            List<Device> devices = client.resources(Device.class).inNamespace(namespace).list().getItems();
            List<Long> created = creationSeconds(devices);
            Optional<ClusterFleet.ScaledGateway> hpa = Optional.empty();
            List<String> names = gateways.stream().map(ClusterFleet.SnapshotGateway::name).toList();
            for (HorizontalPodAutoscaler candidate : client.autoscaling().v2().horizontalPodAutoscalers()
                    .inNamespace(namespace).list().getItems()) {
                Optional<String> gateway = scaledGateway(client, namespace, candidate, names);
                if (gateway.isPresent()) {
                    hpa = Optional.of(new ClusterFleet.ScaledGateway(gateway.get(), candidate));
                    break;
                }
            }
            return new ClusterFleet(client.getMasterUrl().toString(), namespace, now.toString(), gateways, created,
                    devices.size(), hpa);
        } catch (KubernetesClientException e) {
            throw new LiveRunException("cannot read namespace " + namespace + ": HTTP " + e.getCode() + ": "
                    + (e.getStatus() != null && e.getStatus().getMessage() != null ? e.getStatus().getMessage()
                            : e.getMessage()), e);
        }
    }

    private static List<Long> creationSeconds(List<Device> devices) {
        List<Instant> times = new ArrayList<>();
        for (Device device : devices) {
            String stamp = device.getMetadata().getCreationTimestamp();
            if (stamp == null) {
                return List.of();
            }
            try {
                times.add(Instant.parse(stamp));
            } catch (DateTimeParseException e) {
                return List.of();
            }
        }
        times.sort(Comparator.naturalOrder());
        List<Long> seconds = new ArrayList<>();
        for (Instant time : times) {
            seconds.add(time.getEpochSecond() - times.get(0).getEpochSecond());
        }
        return seconds;
    }

    private static Optional<String> scaledGateway(KubernetesClient client, String namespace,
            HorizontalPodAutoscaler hpa, List<String> gateways) {
        if (hpa.getSpec() == null || hpa.getSpec().getScaleTargetRef() == null
                || !"Deployment".equals(hpa.getSpec().getScaleTargetRef().getKind())) {
            return Optional.empty();
        }
        String target = hpa.getSpec().getScaleTargetRef().getName();
        Deployment deployment = client.apps().deployments().inNamespace(namespace).withName(target).get();
        Map<String, String> labels = deployment == null ? null : deployment.getMetadata().getLabels();
        if (labels != null && gateways.contains(labels.get(GATEWAY_LABEL))) {
            return Optional.of(labels.get(GATEWAY_LABEL));
        }
        for (String gateway : gateways) {
            if (target.equals(gateway) || target.equals(gateway + "-deployment") || target.equals("gateway-" + gateway)) {
                return Optional.of(gateway);
            }
        }
        return Optional.empty();
    }
}
