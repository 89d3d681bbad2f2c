package dev.fleetcast.model.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class KedaScalerTest {

    private static final long S = 1_000_000_000L;

    private static WorkloadObservation at(long seconds, int replicas, double metric) {
        return new WorkloadObservation(seconds * S, replicas, List.of(), OptionalDouble.of(metric));
    }

    @Test
    void asksForOneReplicaPerTargetValueWithinBounds() {
        // target 100 messages/s per replica, 1..10 replicas
        Autoscaler keda = new KedaScaler(100, 0, 30 * S, 300 * S, 1, 10).startRun();
        assertThat(keda.decide(at(0, 1, 250)).desiredReplicas()).isEqualTo(3);   // ceil(2.5)
        assertThat(keda.decide(at(30, 3, 300)).desiredReplicas()).isEqualTo(3);  // ceil(3.0) exactly
        assertThat(keda.decide(at(60, 3, 301)).desiredReplicas()).isEqualTo(4);  // ceil(3.01)
        assertThat(keda.decide(at(90, 4, 5_000)).desiredReplicas()).isEqualTo(10); // ceil(50) clamped to max
        assertThat(keda.decide(at(120, 10, 0)).desiredReplicas()).isEqualTo(1);  // min 1: never zero
    }

    @Test
    void scalesToZeroOnlyAfterTheCooldownAndWakesAboveActivation() {
        // KEDA's defaults: min 0, cooldown 300 s, activation 0
        Autoscaler keda = KedaScaler.withDefaults(50).startRun();
        assertThat(keda.decide(at(0, 1, 120)).desiredReplicas()).isEqualTo(3);   // active at 0 s
        assertThat(keda.decide(at(30, 3, 0)).desiredReplicas()).isEqualTo(1);    // idle, within cooldown: ceil(0) → 1
        assertThat(keda.decide(at(299, 1, 0)).desiredReplicas()).isEqualTo(1);   // 299 s idle < 300 s
        assertThat(keda.decide(at(300, 1, 0)).desiredReplicas()).isZero();       // 300 s idle: zero
        assertThat(keda.decide(at(330, 0, 0)).desiredReplicas()).isZero();       // stays at zero
        assertThat(keda.decide(at(360, 0, 0.5)).desiredReplicas()).isEqualTo(1); // above activation 0: wakes
    }

    @Test
    void anActivationThresholdKeepsSmallValuesIdle() {
        Autoscaler keda = new KedaScaler(10, 5, 30 * S, 0, 0, 5).startRun();
        assertThat(keda.decide(at(0, 0, 5)).desiredReplicas()).isZero();   // 5 is not above 5
        assertThat(keda.decide(at(30, 0, 6)).desiredReplicas()).isEqualTo(1);
    }

    @Test
    void aMissingMetricKeepsTheReplicas() {
        Autoscaler keda = KedaScaler.withDefaults(50).startRun();
        ScalingDecision decision = keda.decide(new WorkloadObservation(0, 4, List.of(), OptionalDouble.empty()));
        assertThat(decision.desiredReplicas()).isEqualTo(4);
        assertThat(decision.reason()).contains("metric unavailable");
    }

    @Test
    void refusesImpossibleSettings() {
        assertThatThrownBy(() -> new KedaScaler(0, 0, S, 0, 0, 1)).hasMessageContaining("target value");
        assertThatThrownBy(() -> new KedaScaler(1, 0, S, 0, 3, 2)).hasMessageContaining("minReplicas");
        assertThatThrownBy(() -> new KedaScaler(1, 0, 0, 0, 0, 2)).hasMessageContaining("polling interval");
    }
}
