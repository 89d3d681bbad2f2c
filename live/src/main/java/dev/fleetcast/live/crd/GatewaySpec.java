package dev.fleetcast.live.crd;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A Gateway's spec: WASMBED's fields (endpoint is the only required one; port 8080, tlsPort
 * 8443 and maxDevices 100 are the CRD's defaults), plus fleetcast's optional {@code weight}
 * for weighted policies. Unset fields are null and are not written.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class GatewaySpec {

    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_TLS_PORT = 8443;
    public static final int DEFAULT_MAX_DEVICES = 100;

    private String endpoint;
    private Integer port;
    private Integer tlsPort;
    private String region;
    private List<String> capabilities;
    private Integer maxDevices;
    private ResourceAmounts resources;
    private GatewayConfig config;
    /** fleetcast: relative capacity for weighted policies; absent means 1. */
    private Double weight;

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        this.port = port;
    }

    public Integer getTlsPort() {
        return tlsPort;
    }

    public void setTlsPort(Integer tlsPort) {
        this.tlsPort = tlsPort;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public List<String> getCapabilities() {
        return capabilities;
    }

    public void setCapabilities(List<String> capabilities) {
        this.capabilities = capabilities;
    }

    public Integer getMaxDevices() {
        return maxDevices;
    }

    public void setMaxDevices(Integer maxDevices) {
        this.maxDevices = maxDevices;
    }

    public ResourceAmounts getResources() {
        return resources;
    }

    public void setResources(ResourceAmounts resources) {
        this.resources = resources;
    }

    public GatewayConfig getConfig() {
        return config;
    }

    public void setConfig(GatewayConfig config) {
        this.config = config;
    }

    public Double getWeight() {
        return weight;
    }

    public void setWeight(Double weight) {
        this.weight = weight;
    }

    /** The http port, or the CRD's default when unset. */
    public int httpPortOrDefault() {
        return port == null ? DEFAULT_PORT : port;
    }

    /** The TLS port, or the CRD's default when unset. */
    public int tlsPortOrDefault() {
        return tlsPort == null ? DEFAULT_TLS_PORT : tlsPort;
    }

    /** maxDevices, or the CRD's default when unset. */
    public int maxDevicesOrDefault() {
        return maxDevices == null ? DEFAULT_MAX_DEVICES : maxDevices;
    }

    /** The weight, or 1 when unset. */
    public double weightOrDefault() {
        return weight == null ? 1.0 : weight;
    }
}
