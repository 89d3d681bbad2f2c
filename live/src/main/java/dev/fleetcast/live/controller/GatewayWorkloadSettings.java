package dev.fleetcast.live.controller;

import java.util.List;
import java.util.Objects;

/**
 * What the gateway controller deploys for each Gateway.
 *
 * @param image the gateway server's container image
 * @param args the container's arguments; {@code {gateway}} and {@code {namespace}} are replaced
 *     by the Gateway's name and namespace
 * @param serviceAccount the pods' service account (see k8s/rbac.yaml)
 */
public record GatewayWorkloadSettings(String image, List<String> args, String serviceAccount) {

    public GatewayWorkloadSettings {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(serviceAccount, "serviceAccount");
        args = List.copyOf(args);
        if (image.isBlank()) {
            throw new IllegalArgumentException("the gateway image must not be blank");
        }
    }

    /** fleetcast's own image running {@code fleetcast live gateway} (the proto area's server). */
    public static GatewayWorkloadSettings defaults() {
        return new GatewayWorkloadSettings("fleetcast:latest",
                List.of("live", "gateway", "--name", "{gateway}", "--namespace", "{namespace}"), "fleetcast-gateway");
    }
}
