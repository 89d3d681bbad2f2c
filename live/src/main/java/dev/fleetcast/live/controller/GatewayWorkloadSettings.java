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

    /**
     * fleetcast's gateway image (live/docker/gateway/Dockerfile, whose entrypoint is
     * {@code fleetcast live gateway}) with its certificate from the Gateway's TLS Secret.
     */
    public static GatewayWorkloadSettings defaults() {
        return new GatewayWorkloadSettings("fleetcast/gateway:dev",
                List.of("--name", "{gateway}", "--namespace", "{namespace}",
                        "--cert", GatewayWorkloads.TLS_MOUNT + "/tls.crt", "--key", GatewayWorkloads.TLS_MOUNT + "/tls.key",
                        "--ca", GatewayWorkloads.TLS_MOUNT + "/ca.crt"),
                "fleetcast-gateway");
    }
}
