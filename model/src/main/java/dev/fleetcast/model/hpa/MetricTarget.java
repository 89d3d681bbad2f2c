package dev.fleetcast.model.hpa;

/**
 * A metric's target ({@code target.type} and its value). Kubernetes validation requires every
 * target to be positive, so no ratio divides by zero.
 */
public sealed interface MetricTarget {

    /** {@code type: Utilization}: a whole percentage of the pods' requests, at least 1. */
    record Utilization(int averageUtilization) implements MetricTarget {
        public Utilization {
            if (averageUtilization < 1) {
                throw new IllegalArgumentException("averageUtilization must be at least 1 (percent), was "
                        + averageUtilization);
            }
        }
    }

    /** {@code type: AverageValue}: a per-pod value in milli-units, positive. */
    record AverageValue(long averageValueMilli) implements MetricTarget {
        public AverageValue {
            if (averageValueMilli < 1) {
                throw new IllegalArgumentException("averageValue must be positive, was " + averageValueMilli + " milli");
            }
        }
    }

    /** {@code type: Value}: a total value in milli-units, positive. */
    record Value(long valueMilli) implements MetricTarget {
        public Value {
            if (valueMilli < 1) {
                throw new IllegalArgumentException("value must be positive, was " + valueMilli + " milli");
            }
        }
    }
}
