package dev.fleetcast.live.crd;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A Device's {@code status.gateway}: which gateway it is assigned to and where to reach it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class DeviceGatewayRef {

    private String name;
    private String endpoint;
    /** RFC 3339 date-time. */
    private String connectedAt;

    public DeviceGatewayRef() {
    }

    public DeviceGatewayRef(String name, String endpoint) {
        this.name = name;
        this.endpoint = endpoint;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public String getConnectedAt() {
        return connectedAt;
    }

    public void setConnectedAt(String connectedAt) {
        this.connectedAt = connectedAt;
    }
}
