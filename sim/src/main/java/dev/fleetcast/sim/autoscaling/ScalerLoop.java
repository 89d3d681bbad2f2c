package dev.fleetcast.sim.autoscaling;

import dev.fleetcast.model.result.AutoscalingOutcome;
import dev.fleetcast.model.scaling.Autoscaler;
import dev.fleetcast.model.scaling.LoadBalancerScaler;
import dev.fleetcast.model.scaling.ReplicaObservation;
import dev.fleetcast.model.scaling.Scaler;
import dev.fleetcast.model.scaling.ScalingDecision;
import dev.fleetcast.model.scaling.WorkloadObservation;
import dev.fleetcast.model.scenario.ReplicaResources;
import dev.fleetcast.sim.gateway.GatewayReplica;
import dev.fleetcast.sim.gateway.ScaleTarget;
import dev.fleetcast.sim.kernel.Engine;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Calls a model {@link Scaler} every period with what the metrics pipeline last read, and
 * applies its decisions to the Deployment. A replica appears in the observation as ready
 * once it is ready and has been scraped at least once; terminating replicas are left out, as
 * scalers ignore pods being deleted. The external metric is the gateway's message arrival
 * rate (messages per second) over the last scrape window.
 */
public final class ScalerLoop implements AutoscalingLoop {

    private final Engine engine;
    private final ScaleTarget deployment;
    private final MetricsPipeline metrics;
    private final Scaler scaler;
    private final Autoscaler autoscaler;
    private final AutoscalingRecord record;

    public ScalerLoop(Engine engine, ScaleTarget deployment, MetricsPipeline metrics, Scaler scaler) {
        this.engine = engine;
        this.deployment = deployment;
        this.metrics = metrics;
        this.scaler = scaler;
        this.autoscaler = scaler.startRun();
        this.record = new AutoscalingRecord(deployment);
    }

    /** Starts evaluating every period from one period after now. */
    @Override
    public void start() {
        engine.scheduleAfter(scaler.periodNanos(), this::evaluate);
    }

    private void evaluate() {
        long now = engine.now();
        ReplicaResources resources = metrics.resources();
        List<ReplicaObservation> replicas = new ArrayList<>();
        for (GatewayReplica replica : deployment.replicas()) {
            if (replica.terminating()) {
                continue;
            }
            var sample = metrics.latest(replica.name());
            boolean measured = replica.ready() && sample.isPresent();
            replicas.add(new ReplicaObservation(replica.name(), measured, replica.startedNanos(),
                    sample.map(s -> s.cpuMillis() / resources.cpuRequestMillis()).orElse(0.0),
                    sample.map(s -> (double) s.memoryBytes() / resources.memoryRequestBytes()).orElse(0.0),
                    replica.connections(), sample.map(ResourceSample::p95LatencyNanos).orElse(0L)));
        }
        double rate = metrics.arrivalRate();
        WorkloadObservation observation = new WorkloadObservation(now, deployment.specReplicas(), replicas,
                Double.isNaN(rate) ? OptionalDouble.empty() : OptionalDouble.of(rate));
        ScalingDecision decision = autoscaler.decide(observation);
        double headline = scaler instanceof LoadBalancerScaler lb && !observation.ready().isEmpty()
                ? lb.pressure(observation.ready()) : rate;
        record.evaluated(now, decision.desiredReplicas(), headline, decision.reason(), decision.removeFirst());
        engine.scheduleAfter(scaler.periodNanos(), this::evaluate);
    }

    /** What the loop did so far. */
    @Override
    public AutoscalingOutcome outcome() {
        return record.outcome(metrics.aboveLatencyTargetNanos());
    }
}
