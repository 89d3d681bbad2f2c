package dev.fleetcast.model.scaling;

/** One run's scaler: called at each evaluation, in time order. Not thread-safe. */
@FunctionalInterface
public interface Autoscaler {

    /** The decision for {@code observation}; {@code observation} times never go back. */
    ScalingDecision decide(WorkloadObservation observation);
}
