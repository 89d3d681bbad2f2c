package dev.fleetcast.live.crd;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/** WASMBED's Device: {@code devices.wasmbed.github.io/v0}, namespaced, short name {@code dev}. */
@Group(Device.GROUP)
@Version(Device.VERSION)
@Kind("Device")
@Plural("devices")
@Singular("device")
@ShortNames("dev")
public class Device extends CustomResource<DeviceSpec, DeviceStatus> implements Namespaced {

    public static final String GROUP = "wasmbed.github.io";
    public static final String VERSION = "v0";
    /** The CRD's name, {@code <plural>.<group>}. */
    public static final String CRD_NAME = "devices." + GROUP;

    @Override
    protected DeviceSpec initSpec() {
        return new DeviceSpec();
    }
}
