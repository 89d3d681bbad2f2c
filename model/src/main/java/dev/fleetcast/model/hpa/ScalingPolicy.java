package dev.fleetcast.model.hpa;

import java.util.Objects;

/**
 * One rate limit of a scaling direction: at most {@code value} pods, or {@code value} percent,
 * per {@code periodSeconds}. Ranges as Kubernetes validation has them.
 *
 * @param type Pods or Percent
 * @param value positive
 * @param periodSeconds from 1 to 1800
 */
public record ScalingPolicy(Type type, int value, int periodSeconds) {

    /** The unit of a policy's value. */
    public enum Type {
        PODS("Pods"),
        PERCENT("Percent");

        private final String apiName;

        Type(String apiName) {
            this.apiName = apiName;
        }

        public String apiName() {
            return apiName;
        }
    }

    /** The longest period Kubernetes accepts. */
    public static final int MAX_PERIOD_SECONDS = 1800;

    public ScalingPolicy {
        Objects.requireNonNull(type, "type");
        if (value < 1) {
            throw new IllegalArgumentException("scaling policy: value must be greater than zero, was " + value);
        }
        if (periodSeconds < 1 || periodSeconds > MAX_PERIOD_SECONDS) {
            throw new IllegalArgumentException("scaling policy: periodSeconds must be from 1 to " + MAX_PERIOD_SECONDS
                    + ", was " + periodSeconds);
        }
    }

    @Override
    public String toString() {
        return type.apiName() + " " + value + " per " + periodSeconds + "s";
    }
}
