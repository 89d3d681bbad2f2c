package dev.fleetcast.model.hpa;

import java.util.Objects;

/** What one metric of the spec yielded at a reconcile: a proposal, or a failure. */
public sealed interface MetricOutcome {

    /** The metric's position in {@code spec.metrics}, from 0. */
    int index();

    MetricSpec spec();

    /** The metric proposed {@code calculation.replicas()} replicas. */
    record Proposed(int index, MetricSpec spec, MetricCalculation calculation) implements MetricOutcome {
        public Proposed {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(calculation, "calculation");
        }

        public int replicas() {
            return calculation.replicas();
        }
    }

    /**
     * The metric failed; the HPA would report {@code ScalingActive=False} with {@code reason}
     * if this failure decides.
     *
     * @param reason such as {@code FailedGetResourceMetric}
     * @param message the controller's error text
     */
    record Failed(int index, MetricSpec spec, String reason, String message) implements MetricOutcome {
        public Failed {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }
}
