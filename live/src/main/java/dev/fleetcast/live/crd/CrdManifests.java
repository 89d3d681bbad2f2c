package dev.fleetcast.live.crd;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The CRD manifests shipped in this module ({@code /k8s/crds/*.yaml} on the class path), read
 * and installed. The same files are what a user applies to a real cluster.
 */
public final class CrdManifests {

    public static final String GATEWAYS = "/k8s/crds/" + Gateway.CRD_NAME + ".yaml";
    public static final String DEVICES = "/k8s/crds/" + Device.CRD_NAME + ".yaml";

    private CrdManifests() {
    }

    /** The Gateway CRD as shipped. */
    public static CustomResourceDefinition gateways() {
        return read(GATEWAYS);
    }

    /** The Device CRD as shipped. */
    public static CustomResourceDefinition devices() {
        return read(DEVICES);
    }

    /** Both CRDs. */
    public static List<CustomResourceDefinition> all() {
        return List.of(gateways(), devices());
    }

    /** Creates (or replaces) both CRDs in the cluster {@code client} talks to. */
    public static void install(KubernetesClient client) {
        for (CustomResourceDefinition crd : all()) {
            client.apiextensions().v1().customResourceDefinitions().resource(crd).createOr(existing -> existing.update());
        }
    }

    private static CustomResourceDefinition read(String resource) {
        try (InputStream in = CrdManifests.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("CRD manifest " + resource + " is missing from the class path");
            }
            return Serialization.unmarshal(in, CustomResourceDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CRD manifest " + resource, e);
        }
    }
}
