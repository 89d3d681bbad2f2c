package dev.fleetcast.sim.autoscaling;

import dev.fleetcast.model.result.AutoscalingOutcome;
import dev.fleetcast.model.result.ReplicaSample;
import dev.fleetcast.model.result.ScalingEvent;
import dev.fleetcast.sim.gateway.ScaleTarget;
import java.util.ArrayList;
import java.util.List;

/** What an autoscaler loop did: its evaluations and its rescales. Shared by every loop. */
final class AutoscalingRecord {

    private final ScaleTarget deployment;
    private final List<ReplicaSample> samples = new ArrayList<>();
    private final List<ScalingEvent> events = new ArrayList<>();
    private long firstScaleUp = -1;

    AutoscalingRecord(ScaleTarget deployment) {
        this.deployment = deployment;
    }

    /** Records an evaluation at {@code now}, and applies {@code desired} to the Deployment if it differs. */
    void evaluated(long now, int desired, double metric, String reason, List<String> removeFirst) {
        int current = deployment.specReplicas();
        samples.add(new ReplicaSample(now, desired, deployment.replicas().size(),
                (int) deployment.replicas().stream().filter(r -> r.ready() && !r.terminating()).count(), metric));
        if (desired != current) {
            deployment.scaleTo(desired, removeFirst);
            int reached = deployment.specReplicas(); // a pool of gateways cannot grow past those declared
            if (reached != current) {
                if (reached > current && firstScaleUp < 0) {
                    firstScaleUp = now;
                }
                events.add(new ScalingEvent(now, current, reached, reason));
            }
        }
    }

    AutoscalingOutcome outcome(long aboveLatencyTargetNanos) {
        return new AutoscalingOutcome(deployment.name(), samples, events,
                deployment.replicaSeconds(), firstScaleUp, aboveLatencyTargetNanos);
    }
}
