package dev.fleetcast.live.crd;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A Gateway's status: WASMBED's fields (phase is one of Pending, Running, Failed, Stopped — see
 * {@link Phases}), plus fleetcast's optional {@code assignedDevices}: the optimistic
 * discipline's per-gateway device counter, changed only by compare-and-set on the Gateway's
 * resourceVersion. Date-times are RFC 3339 strings, as on the wire.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class GatewayStatus {

    private String phase;
    private Integer connectedDevices;
    private Integer enrolledDevices;
    private String lastHeartbeat;
    private List<GatewayCondition> conditions;
    private ResourceAmounts resources;
    /** fleetcast: the optimistic discipline's counter. */
    private Integer assignedDevices;

    public String getPhase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }

    public Integer getConnectedDevices() {
        return connectedDevices;
    }

    public void setConnectedDevices(Integer connectedDevices) {
        this.connectedDevices = connectedDevices;
    }

    public Integer getEnrolledDevices() {
        return enrolledDevices;
    }

    public void setEnrolledDevices(Integer enrolledDevices) {
        this.enrolledDevices = enrolledDevices;
    }

    public String getLastHeartbeat() {
        return lastHeartbeat;
    }

    public void setLastHeartbeat(String lastHeartbeat) {
        this.lastHeartbeat = lastHeartbeat;
    }

    public List<GatewayCondition> getConditions() {
        return conditions;
    }

    public void setConditions(List<GatewayCondition> conditions) {
        this.conditions = conditions;
    }

    public ResourceAmounts getResources() {
        return resources;
    }

    public void setResources(ResourceAmounts resources) {
        this.resources = resources;
    }

    public Integer getAssignedDevices() {
        return assignedDevices;
    }

    public void setAssignedDevices(Integer assignedDevices) {
        this.assignedDevices = assignedDevices;
    }
}
