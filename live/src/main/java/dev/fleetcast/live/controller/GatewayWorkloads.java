package dev.fleetcast.live.controller;

import dev.fleetcast.live.crd.Gateway;
import dev.fleetcast.live.crd.GatewaySpec;
import dev.fleetcast.live.crd.Ownership;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Deployment and Service of a Gateway, as values: named {@code fleetcast-gw-<gateway>},
 * labelled as fleetcast's (with the Gateway's run label when it has one), owned by the Gateway
 * so that a real cluster's garbage collector removes them with it.
 */
public final class GatewayWorkloads {

    /** The label naming the Gateway a Deployment, Service or Pod serves. */
    public static final String GATEWAY_LABEL = "fleetcast.dev/gateway";
    public static final String COMPONENT_LABEL = "app.kubernetes.io/name";
    public static final String COMPONENT = "fleetcast-gateway";

    private GatewayWorkloads() {
    }

    /** The Deployment's and Service's name for a Gateway. */
    public static String nameOf(String gateway) {
        return "fleetcast-gw-" + gateway;
    }

    /** The pod labels that select a Gateway's pods. */
    public static Map<String, String> selector(String gateway) {
        return Map.of(COMPONENT_LABEL, COMPONENT, GATEWAY_LABEL, gateway);
    }

    public static Map<String, String> labels(Gateway gateway) {
        Map<String, String> labels = new HashMap<>(selector(gateway.getMetadata().getName()));
        labels.put(Ownership.MANAGED_BY, Ownership.MANAGER);
        Map<String, String> own = gateway.getMetadata().getLabels();
        if (own != null && own.containsKey(Ownership.RUN)) {
            labels.put(Ownership.RUN, own.get(Ownership.RUN));
        }
        return labels;
    }

    public static OwnerReference ownerOf(Gateway gateway) {
        return new OwnerReferenceBuilder().withApiVersion(gateway.getApiVersion()).withKind(gateway.getKind())
                .withName(gateway.getMetadata().getName()).withUid(gateway.getMetadata().getUid())
                .withController(true).withBlockOwnerDeletion(true).build();
    }

    public static Deployment deployment(Gateway gateway, GatewayWorkloadSettings settings) {
        String name = gateway.getMetadata().getName();
        String namespace = gateway.getMetadata().getNamespace();
        GatewaySpec spec = gateway.getSpec() == null ? new GatewaySpec() : gateway.getSpec();
        List<String> args = settings.args().stream()
                .map(a -> a.replace("{gateway}", name).replace("{namespace}", namespace)).toList();
        return new DeploymentBuilder()
                .withNewMetadata().withName(nameOf(name)).withNamespace(namespace).withLabels(labels(gateway))
                .withOwnerReferences(ownerOf(gateway)).endMetadata()
                .withNewSpec().withReplicas(1)
                .withNewSelector().withMatchLabels(selector(name)).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(labels(gateway)).endMetadata()
                .withNewSpec().withServiceAccountName(settings.serviceAccount())
                .addNewContainer().withName("gateway").withImage(settings.image()).withArgs(args)
                .addNewPort().withName("http").withContainerPort(spec.httpPortOrDefault()).endPort()
                .addNewPort().withName("tls").withContainerPort(spec.tlsPortOrDefault()).endPort()
                .addNewEnv().withName("GATEWAY_NAME").withValue(name).endEnv()
                .addNewEnv().withName("NAMESPACE").withValue(namespace).endEnv()
                .withNewReadinessProbe().withNewTcpSocket().withPort(new IntOrString("tls")).endTcpSocket()
                .endReadinessProbe()
                .endContainer().endSpec().endTemplate().endSpec().build();
    }

    public static Service service(Gateway gateway) {
        String name = gateway.getMetadata().getName();
        GatewaySpec spec = gateway.getSpec() == null ? new GatewaySpec() : gateway.getSpec();
        return new ServiceBuilder()
                .withNewMetadata().withName(nameOf(name)).withNamespace(gateway.getMetadata().getNamespace())
                .withLabels(labels(gateway)).withOwnerReferences(ownerOf(gateway)).endMetadata()
                .withNewSpec().withSelector(selector(name))
                .addNewPort().withName("http").withPort(spec.httpPortOrDefault())
                .withTargetPort(new IntOrString("http")).endPort()
                .addNewPort().withName("tls").withPort(spec.tlsPortOrDefault())
                .withTargetPort(new IntOrString("tls")).endPort()
                .endSpec().build();
    }

    /** Whether a deployed Deployment's pod template differs from the wanted one in what we set. */
    static boolean differs(Deployment have, Deployment want) {
        var a = have.getSpec().getTemplate().getSpec().getContainers();
        var b = want.getSpec().getTemplate().getSpec().getContainers();
        if (a.size() != b.size()) {
            return true;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).getImage().equals(b.get(i).getImage()) || !a.get(i).getArgs().equals(b.get(i).getArgs())
                    || !a.get(i).getPorts().equals(b.get(i).getPorts())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a Service's ports differ from the wanted ones. */
    static boolean differs(Service have, Service want) {
        return !have.getSpec().getPorts().equals(want.getSpec().getPorts());
    }
}
