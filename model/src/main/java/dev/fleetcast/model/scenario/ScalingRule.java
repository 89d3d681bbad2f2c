package dev.fleetcast.model.scenario;

import dev.fleetcast.model.hpa.HpaSettings;
import dev.fleetcast.model.hpa.HpaSpec;
import dev.fleetcast.model.scaling.Scaler;
import java.util.Objects;

/** Which autoscaler scales the gateway: the HorizontalPodAutoscaler, or one of the scalers of model/scaling. */
public sealed interface ScalingRule {

    /** A HorizontalPodAutoscaler (autoscaling/v2) under kube-controller-manager's settings. */
    record Hpa(HpaSpec spec, HpaSettings settings) implements ScalingRule {
        public Hpa {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(settings, "settings");
        }
    }

    /** A scaler that decides from a {@link dev.fleetcast.model.scaling.WorkloadObservation}. */
    record Observing(Scaler scaler) implements ScalingRule {
        public Observing {
            Objects.requireNonNull(scaler, "scaler");
        }
    }
}
