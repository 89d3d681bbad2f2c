package dev.fleetcast.model.hpa;

import java.util.Objects;

/**
 * A status condition the HPA sets, as {@code kubectl describe hpa} shows it.
 *
 * @param type which condition
 * @param status True or False
 * @param reason the machine-readable reason, such as {@code ScaleDownStabilized}
 * @param message the controller's message
 */
public record HpaCondition(Type type, boolean status, String reason, String message) {

    /** The three conditions of an HPA's status. */
    public enum Type {
        ABLE_TO_SCALE("AbleToScale"),
        SCALING_ACTIVE("ScalingActive"),
        SCALING_LIMITED("ScalingLimited");

        private final String apiName;

        Type(String apiName) {
            this.apiName = apiName;
        }

        public String apiName() {
            return apiName;
        }
    }

    public HpaCondition {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return type.apiName() + "=" + (status ? "True" : "False") + " " + reason + ": " + message;
    }
}
