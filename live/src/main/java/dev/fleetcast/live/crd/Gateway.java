package dev.fleetcast.live.crd;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/** WASMBED's Gateway: {@code gateways.wasmbed.io/v1}, namespaced, short name {@code gw}. */
@Group(Gateway.GROUP)
@Version(Gateway.VERSION)
@Kind("Gateway")
@Plural("gateways")
@Singular("gateway")
@ShortNames("gw")
public class Gateway extends CustomResource<GatewaySpec, GatewayStatus> implements Namespaced {

    public static final String GROUP = "wasmbed.io";
    public static final String VERSION = "v1";
    /** The CRD's name, {@code <plural>.<group>}. */
    public static final String CRD_NAME = "gateways." + GROUP;

    @Override
    protected GatewaySpec initSpec() {
        return new GatewaySpec();
    }
}
