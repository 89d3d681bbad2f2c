package dev.fleetcast.model.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class LoadBalancerScalerTest {

    private static final long S = 1_000_000_000L;
    private static final long MS = 1_000_000L;

    private final LoadBalancerScaler defaults = LoadBalancerScaler.withDefaults();

    private static ReplicaObservation replica(String name, double cpu, int connections) {
        return new ReplicaObservation(name, true, 0, cpu, 0.2, connections, 10 * MS);
    }

    private static WorkloadObservation at(long seconds, int current, ReplicaObservation... replicas) {
        return new WorkloadObservation(seconds * S, current, List.of(replicas), OptionalDouble.empty());
    }

    @Test
    void urgencyLevelsAndPressureAreAsDocumented() {
        assertThat(LoadBalancerScaler.urgency(0.99)).isZero();
        assertThat(LoadBalancerScaler.urgency(1.0)).isEqualTo(1);
        assertThat(LoadBalancerScaler.urgency(1.25)).isEqualTo(2);
        assertThat(LoadBalancerScaler.urgency(1.5)).isEqualTo(3);
        assertThat(LoadBalancerScaler.urgency(2.0)).isEqualTo(4);
        // CPU 0.63 and 0.77 → mean 0.70 / 0.70 = 1.0; memory 0.2/0.8; 150 connections each / 100 = 1.5;
        // P95 10 ms / 100 ms: the connections dominate, 1.5
        assertThat(defaults.pressure(List.of(replica("a", 0.63, 150), replica("b", 0.77, 150))))
                .isEqualTo(1.5, org.assertj.core.api.Assertions.offset(1e-12));
    }

    @Test
    void scalesOutExponentiallyInUrgencyThenWaitsForTheCooldown() {
        Autoscaler lb = defaults.startRun();
        // mean CPU 0.8 / 0.7 = 1.143: low → +1
        assertThat(lb.decide(at(0, 2, replica("a", 0.8, 10), replica("b", 0.8, 10))).desiredReplicas()).isEqualTo(3);
        // 15 s later, critical (CPU 1.5/0.7 = 2.14) but within the 60-s cooldown: keep
        ScalingDecision cooling = lb.decide(at(15, 3, replica("a", 1.5, 10), replica("b", 1.5, 10)));
        assertThat(cooling.desiredReplicas()).isEqualTo(3);
        assertThat(cooling.reason()).contains("critical", "cooling down");
        // at 60 s, still critical: +5
        assertThat(lb.decide(at(60, 3, replica("a", 1.5, 10), replica("b", 1.5, 10))).desiredReplicas()).isEqualTo(8);
        // at 120 s, high (CPU 1.2/0.7 = 1.71): +4, capped at 10
        assertThat(lb.decide(at(120, 8, replica("a", 1.2, 10))).desiredReplicas()).isEqualTo(10);
        // medium (1.0/0.7 = 1.43) would add 2: +2 from 4 is 6
        Autoscaler fresh = defaults.startRun();
        assertThat(fresh.decide(at(0, 4, replica("a", 1.0, 10))).desiredReplicas()).isEqualTo(6);
    }

    @Test
    void scalesInOneReplicaAfterAWholeQuietWindowRemovingTheCheapest() {
        Autoscaler lb = defaults.startRun();
        ReplicaObservation busy = new ReplicaObservation("old-busy", true, 0, 0.1, 0.1, 30, 5 * MS);
        ReplicaObservation idleOld = new ReplicaObservation("old-idle", true, 0, 0.1, 0.1, 5, 5 * MS);
        ReplicaObservation idleYoung = new ReplicaObservation("young-idle", true, 100 * S, 0.1, 0.1, 5, 5 * MS);
        ReplicaObservation starting = new ReplicaObservation("starting", false, 200 * S, 0, 0, 0, 0);
        // pressure: CPU 0.1/0.7 = 0.14, connections 40/3/100 = 0.13: below 0.5, quiet from 300 s
        assertThat(lb.decide(at(300, 4, busy, idleOld, idleYoung, starting)).desiredReplicas()).isEqualTo(4);
        assertThat(lb.decide(at(599, 4, busy, idleOld, idleYoung, starting)).desiredReplicas()).isEqualTo(4);
        ScalingDecision in = lb.decide(at(600, 4, busy, idleOld, idleYoung, starting));
        assertThat(in.desiredReplicas()).isEqualTo(3);
        assertThat(in.removeFirst()).containsExactly("starting", "young-idle", "old-idle", "old-busy");
        // the window starts again: nothing more until 900 s
        assertThat(lb.decide(at(615, 3, busy, idleOld, idleYoung)).desiredReplicas()).isEqualTo(3);
        assertThat(lb.decide(at(900, 3, busy, idleOld, idleYoung)).desiredReplicas()).isEqualTo(2);
    }

    @Test
    void pressureBetweenHalfAndOneResetsTheQuietWindow() {
        Autoscaler lb = defaults.startRun();
        assertThat(lb.decide(at(0, 3, replica("a", 0.1, 1))).desiredReplicas()).isEqualTo(3);   // quiet from 0
        assertThat(lb.decide(at(200, 3, replica("a", 0.5, 1))).desiredReplicas()).isEqualTo(3); // 0.71: not quiet
        assertThat(lb.decide(at(300, 3, replica("a", 0.1, 1))).desiredReplicas()).isEqualTo(3); // quiet from 300
        assertThat(lb.decide(at(599, 3, replica("a", 0.1, 1))).desiredReplicas()).isEqualTo(3);
        assertThat(lb.decide(at(600, 3, replica("a", 0.1, 1))).desiredReplicas()).isEqualTo(2);
    }

    @Test
    void neverGoesBelowMinimumOrActsBlind() {
        Autoscaler lb = defaults.startRun();
        assertThat(lb.decide(at(0, 1, replica("a", 0.0, 0))).desiredReplicas()).isEqualTo(1);
        assertThat(lb.decide(at(1_000, 1, replica("a", 0.0, 0))).desiredReplicas()).isEqualTo(1);
        ScalingDecision blind = lb.decide(at(1_015, 2, new ReplicaObservation("s", false, 0, 0, 0, 0, 0)));
        assertThat(blind.desiredReplicas()).isEqualTo(2);
        assertThat(blind.reason()).isEqualTo("no ready replica to measure");
    }
}
