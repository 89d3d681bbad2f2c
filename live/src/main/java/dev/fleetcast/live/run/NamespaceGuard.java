package dev.fleetcast.live.run;

import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.Gateway;
import dev.fleetcast.live.crd.Ownership;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses to run in a namespace that holds Gateways, Devices or Deployments fleetcast did not
 * create (no {@code app.kubernetes.io/managed-by=fleetcast} label): a run creates and deletes
 * Gateways and Devices there, and the controller would assign foreign Devices to the run's
 * Gateways, so sharing a namespace with someone else's fleet would spoil both.
 */
public final class NamespaceGuard {

    private NamespaceGuard() {
    }

    /** The foreign objects in {@code namespace}, each as {@code Kind/name}. */
    public static List<String> foreignObjects(KubernetesClient client, String namespace) {
        List<String> foreign = new ArrayList<>();
        try {
            addForeign(foreign, "Gateway", client.resources(Gateway.class).inNamespace(namespace).list().getItems());
            addForeign(foreign, "Device", client.resources(Device.class).inNamespace(namespace).list().getItems());
            addForeign(foreign, "Deployment", client.apps().deployments().inNamespace(namespace).list().getItems());
        } catch (KubernetesClientException e) {
            throw new LiveRunException("cannot list the objects in namespace " + namespace + " ("
                    + ClusterErrors.describe(e) + "); are the CRDs installed (live/src/main/resources/k8s) and may "
                    + "this account list gateways, devices and deployments there?", e);
        }
        return foreign;
    }

    /**
     * Throws unless {@code namespace} holds no foreign object, or {@code allowForeign} says to
     * go on anyway.
     *
     * @throws LiveRunException naming every foreign object
     */
    public static void check(KubernetesClient client, String namespace, boolean allowForeign) {
        List<String> foreign = foreignObjects(client, namespace);
        if (!foreign.isEmpty() && !allowForeign) {
            throw new LiveRunException("namespace " + namespace + " holds objects fleetcast did not create: "
                    + String.join(", ", foreign) + " (no label " + Ownership.MANAGED_BY + "=" + Ownership.MANAGER
                    + "); use another namespace, or --allow-foreign-objects to run beside them");
        }
    }

    private static void addForeign(List<String> foreign, String kind, List<? extends HasMetadata> items) {
        for (HasMetadata item : items) {
            if (!Ownership.managedByFleetcast(item)) {
                foreign.add(kind + "/" + item.getMetadata().getName());
            }
        }
    }
}
