package dev.fleetcast.live.crd;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A Device's spec: WASMBED's fields (publicKey is the only required one; mcuType, deviceType
 * and architecture are enums whose defaults the API server applies), plus fleetcast's optional
 * {@code region} for region affinity.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class DeviceSpec {

    private String publicKey;
    private String mcuType;
    private String deviceType;
    private String architecture;
    private String preferredGateway;
    /** fleetcast: the device's region. */
    private String region;

    public String getPublicKey() {
        return publicKey;
    }

    public void setPublicKey(String publicKey) {
        this.publicKey = publicKey;
    }

    public String getMcuType() {
        return mcuType;
    }

    public void setMcuType(String mcuType) {
        this.mcuType = mcuType;
    }

    public String getDeviceType() {
        return deviceType;
    }

    public void setDeviceType(String deviceType) {
        this.deviceType = deviceType;
    }

    public String getArchitecture() {
        return architecture;
    }

    public void setArchitecture(String architecture) {
        this.architecture = architecture;
    }

    public String getPreferredGateway() {
        return preferredGateway;
    }

    public void setPreferredGateway(String preferredGateway) {
        this.preferredGateway = preferredGateway;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
