package dev.fleetcast.model.scenario;

import dev.fleetcast.model.assignment.AssignmentPolicy;
import dev.fleetcast.model.discipline.Discipline;
import dev.fleetcast.model.rebalance.MoveBudget;
import java.util.Objects;
import java.util.Optional;

/**
 * The device controller.
 *
 * @param policy the assignment policy
 * @param discipline how reconciles read, count, write and retry
 * @param workers concurrent reconcile workers, at least 1
 * @param readMode where reconciles read the fleet from
 * @param requeueIntervalNanos the periodic requeue of a device not yet assigned (WASMBED: 30 s), positive
 * @param failoverTrigger what moves a device off its gateway
 * @param rebalance how many devices the controller may move per interval to rebalance, or
 *     empty for no rebalancing (WASMBED does none)
 */
public record ControllerSettings(
        AssignmentPolicy policy,
        Discipline discipline,
        int workers,
        ReadMode readMode,
        long requeueIntervalNanos,
        FailoverTrigger failoverTrigger,
        Optional<MoveBudget> rebalance) {

    public ControllerSettings {
        Objects.requireNonNull(rebalance, "rebalance");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(discipline, "discipline");
        Objects.requireNonNull(readMode, "readMode");
        Objects.requireNonNull(failoverTrigger, "failoverTrigger");
        if (workers < 1) {
            throw new IllegalArgumentException("controller: workers must be at least 1, was " + workers);
        }
        if (requeueIntervalNanos < 1) {
            throw new IllegalArgumentException("controller: requeue interval must be positive, was "
                    + requeueIntervalNanos + " ns");
        }
    }

    /** A controller that does not rebalance. */
    public ControllerSettings(AssignmentPolicy policy, Discipline discipline, int workers, ReadMode readMode,
            long requeueIntervalNanos, FailoverTrigger failoverTrigger) {
        this(policy, discipline, workers, readMode, requeueIntervalNanos, failoverTrigger, Optional.empty());
    }
}
