package dev.fleetcast.live.crd;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One entry of a Gateway's {@code status.conditions}; status is "True", "False" or "Unknown". */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class GatewayCondition {

    private String type;
    private String status;
    private String reason;
    private String message;
    /** RFC 3339 date-time. */
    private String lastTransitionTime;

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getLastTransitionTime() {
        return lastTransitionTime;
    }

    public void setLastTransitionTime(String lastTransitionTime) {
        this.lastTransitionTime = lastTransitionTime;
    }
}
