package dev.fleetcast.live.crd;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A Gateway's {@code spec.config}: durations as WASMBED writes them ("5m", "30s", "10m" are
 * the CRD's defaults, applied by the API server, not here).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class GatewayConfig {

    private String enrollmentTimeout;
    private String heartbeatInterval;
    private String connectionTimeout;

    public String getEnrollmentTimeout() {
        return enrollmentTimeout;
    }

    public void setEnrollmentTimeout(String enrollmentTimeout) {
        this.enrollmentTimeout = enrollmentTimeout;
    }

    public String getHeartbeatInterval() {
        return heartbeatInterval;
    }

    public void setHeartbeatInterval(String heartbeatInterval) {
        this.heartbeatInterval = heartbeatInterval;
    }

    public String getConnectionTimeout() {
        return connectionTimeout;
    }

    public void setConnectionTimeout(String connectionTimeout) {
        this.connectionTimeout = connectionTimeout;
    }
}
