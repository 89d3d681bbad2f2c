package dev.fleetcast.model.scenario;

import dev.fleetcast.model.scaling.Scaler;
import java.util.Objects;

/** Which autoscaler scales the gateway: one of the scalers of model/scaling. */
public sealed interface ScalingRule {

    /** A scaler that decides from a {@link dev.fleetcast.model.scaling.WorkloadObservation}. */
    record Observing(Scaler scaler) implements ScalingRule {
        public Observing {
            Objects.requireNonNull(scaler, "scaler");
        }
    }
}
