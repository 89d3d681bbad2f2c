package dev.fleetcast.model.hpa;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How the metrics' proposals combine ({@code computeReplicasForMetrics}): the maximum over the
 * metrics that succeeded; failures block a scale-down but not a scale-up.
 *
 * @param metrics how many metrics the spec has
 * @param invalid how many failed
 * @param proposal the maximum over the valid proposals (0 when none)
 * @param winner the index of the metric that set the maximum (the first to reach it)
 * @param verdict whether the HPA scales on the proposal
 * @param firstFailure the first failed metric, whose error the HPA reports
 */
public record Combination(int metrics, int invalid, int proposal, OptionalInt winner, Verdict verdict,
        Optional<MetricOutcome.Failed> firstFailure) {

    /** What the HPA does with the proposals. */
    public enum Verdict {
        /** Every metric succeeded: scale on the maximum. */
        ALL_VALID,
        /** Some failed but the maximum does not scale down: scale on it, and report the error. */
        SCALE_ON_VALID,
        /** Some failed and the maximum is below current: no scaling (a failure blocks scale-down). */
        BLOCKED_SCALE_DOWN,
        /** Every metric failed: no scaling. */
        ALL_INVALID;

        /** Whether the HPA goes on to stabilize and scale. */
        public boolean scales() {
            return this == ALL_VALID || this == SCALE_ON_VALID;
        }
    }

    public Combination {
        Objects.requireNonNull(winner, "winner");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(firstFailure, "firstFailure");
    }
}
