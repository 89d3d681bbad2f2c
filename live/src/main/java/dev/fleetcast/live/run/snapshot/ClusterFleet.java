package dev.fleetcast.live.run.snapshot;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a snapshot read from a namespace.
 *
 * @param server the API server's address, for the file's header
 * @param namespace the namespace read
 * @param takenAt when, ISO-8601
 * @param gateways the Gateways, by name
 * @param deviceCreationSeconds each Device's creation time, seconds from the earliest, sorted
 *     (the API server's timestamps have whole-second resolution); empty when a Device has none
 * @param devices how many Devices there are
 * @param hpa the HPA that scales a gateway's Deployment, with that gateway's name, if any
 */
public record ClusterFleet(String server, String namespace, String takenAt, List<SnapshotGateway> gateways,
        List<Long> deviceCreationSeconds, int devices, Optional<ScaledGateway> hpa) {

    public ClusterFleet {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(takenAt, "takenAt");
        gateways = List.copyOf(gateways);
        deviceCreationSeconds = List.copyOf(deviceCreationSeconds);
        Objects.requireNonNull(hpa, "hpa");
    }

    /** A Gateway's fields that a scenario declares. */
    public record SnapshotGateway(String name, int maxDevices, double weight, String region) {
        public SnapshotGateway {
            Objects.requireNonNull(name, "name");
            region = region == null ? "" : region;
        }
    }

    /** An HPA and the gateway whose Deployment it scales. */
    public record ScaledGateway(String gateway, HorizontalPodAutoscaler hpa) {
        public ScaledGateway {
            Objects.requireNonNull(gateway, "gateway");
            Objects.requireNonNull(hpa, "hpa");
        }
    }
}
