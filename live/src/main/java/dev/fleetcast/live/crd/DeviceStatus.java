package dev.fleetcast.live.crd;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Device's status: WASMBED's fields (phase one of Pending, Enrolling, Enrolled, Connected,
 * Disconnected, Unreachable — see {@link Phases}; WASMBED carries both {@code pairingMode} and
 * {@code pairing_mode}, so both are kept), plus fleetcast's optional {@code assignmentReason}:
 * why the controller put the device where it is. Date-times are RFC 3339 strings.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class DeviceStatus {

    private String phase;
    private DeviceGatewayRef gateway;
    private String connectedSince;
    private String lastHeartbeat;
    private Boolean pairingMode;
    @JsonProperty("pairing_mode")
    private Boolean pairingModeSnake;
    /** fleetcast: why the device was assigned where it is (policy, discipline, counts seen). */
    private String assignmentReason;

    public String getPhase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }

    public DeviceGatewayRef getGateway() {
        return gateway;
    }

    public void setGateway(DeviceGatewayRef gateway) {
        this.gateway = gateway;
    }

    public String getConnectedSince() {
        return connectedSince;
    }

    public void setConnectedSince(String connectedSince) {
        this.connectedSince = connectedSince;
    }

    public String getLastHeartbeat() {
        return lastHeartbeat;
    }

    public void setLastHeartbeat(String lastHeartbeat) {
        this.lastHeartbeat = lastHeartbeat;
    }

    public Boolean getPairingMode() {
        return pairingMode;
    }

    public void setPairingMode(Boolean pairingMode) {
        this.pairingMode = pairingMode;
    }

    @JsonProperty("pairing_mode")
    public Boolean getPairingModeSnake() {
        return pairingModeSnake;
    }

    @JsonProperty("pairing_mode")
    public void setPairingModeSnake(Boolean pairingModeSnake) {
        this.pairingModeSnake = pairingModeSnake;
    }

    public String getAssignmentReason() {
        return assignmentReason;
    }

    public void setAssignmentReason(String assignmentReason) {
        this.assignmentReason = assignmentReason;
    }

    /** The assigned gateway's name, or the empty string when none is set. */
    public String gatewayNameOrEmpty() {
        return gateway == null || gateway.getName() == null ? "" : gateway.getName();
    }
}
