package dev.fleetcast.sim.autoscaling;

import dev.fleetcast.model.hpa.HpaController;
import dev.fleetcast.model.hpa.HpaDecision;
import dev.fleetcast.model.hpa.HpaHistory;
import dev.fleetcast.model.hpa.HpaSettings;
import dev.fleetcast.model.hpa.HpaSnapshot;
import dev.fleetcast.model.hpa.HpaSpec;
import dev.fleetcast.model.hpa.MetricCalculation;
import dev.fleetcast.model.hpa.MetricId;
import dev.fleetcast.model.hpa.MetricOutcome;
import dev.fleetcast.model.hpa.MetricReading;
import dev.fleetcast.model.hpa.MetricSource;
import dev.fleetcast.model.hpa.MetricSpec;
import dev.fleetcast.model.hpa.PodContainer;
import dev.fleetcast.model.hpa.PodPhase;
import dev.fleetcast.model.hpa.PodSample;
import dev.fleetcast.model.hpa.PodState;
import dev.fleetcast.model.result.AutoscalingOutcome;
import dev.fleetcast.model.scenario.ReplicaResources;
import dev.fleetcast.sim.gateway.GatewayReplica;
import dev.fleetcast.sim.gateway.ScaleTarget;
import dev.fleetcast.sim.kernel.Engine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The HorizontalPodAutoscaler controller around model's {@link HpaController}: every sync
 * period it builds the {@link HpaSnapshot} a real controller would see — the scale's
 * replicas, each replica as a pod (Pending while it starts, then Running and Ready; deleting
 * while it drains), one container requesting the replica's CPU and memory, and the metrics
 * pipeline's latest samples with their timestamps and windows — reconciles, and applies the
 * desired replicas. Its memory (recommendations and scale events) carries from one reconcile
 * to the next. What {@code fleetcast hpa explain} shows for a snapshot is what this loop does.
 *
 * <p>Metrics: Resource {@code cpu} and {@code memory} come from the pipeline; any other
 * metric is answered as unavailable, which the HPA treats as a failed metric.
 */
public final class HpaLoop implements AutoscalingLoop {

    private static final String CONTAINER = "gateway";

    private final Engine engine;
    private final ScaleTarget deployment;
    private final MetricsPipeline metrics;
    private final HpaSpec spec;
    private final HpaSettings settings;
    private final HpaController controller;
    private final AutoscalingRecord record;
    private HpaHistory history = HpaHistory.EMPTY;
    private long lastReconcile = -1;

    public HpaLoop(Engine engine, ScaleTarget deployment, MetricsPipeline metrics, HpaSpec spec,
            HpaSettings settings) {
        this.engine = engine;
        this.deployment = deployment;
        this.metrics = metrics;
        this.spec = spec;
        this.settings = settings;
        this.controller = new HpaController(settings);
        this.record = new AutoscalingRecord(deployment);
    }

    /** Starts reconciling every sync period from one period after now. */
    @Override
    public void start() {
        engine.scheduleAfter(settings.syncPeriodNanos(), this::reconcile);
    }

    /** The snapshot the controller sees now: what {@code hpa explain} would be given. */
    public HpaSnapshot snapshot() {
        long now = engine.now();
        ReplicaResources resources = metrics.resources();
        Map<String, Long> requests = Map.of("cpu", resources.cpuRequestMillis(),
                "memory", resources.memoryRequestBytes() * 1000);
        List<PodState> pods = new ArrayList<>();
        for (GatewayReplica replica : deployment.replicas()) {
            Optional<PodState.ReadyCondition> ready = replica.ready()
                    ? Optional.of(new PodState.ReadyCondition(PodState.ReadyCondition.Status.TRUE,
                            replica.readyNanos() - now))
                    : Optional.of(new PodState.ReadyCondition(PodState.ReadyCondition.Status.FALSE,
                            replica.startedNanos() - now));
            pods.add(new PodState(replica.name(), replica.ready() ? PodPhase.RUNNING : PodPhase.PENDING, ready,
                    OptionalLong.of(replica.startedNanos() - now), replica.terminating(),
                    List.of(PodContainer.of(CONTAINER, requests)), Map.of()));
        }
        List<MetricReading> readings = new ArrayList<>();
        for (MetricSpec metric : spec.metrics()) {
            readings.add(reading(metric.id(), now));
        }
        int existing = (int) deployment.replicas().stream().filter(r -> !r.terminating()).count();
        return new HpaSnapshot(deployment.specReplicas(), existing, pods, readings,
                lastReconcile < 0 ? HpaHistory.EMPTY : history.seenFrom(now - lastReconcile));
    }

    private MetricReading reading(MetricId id, long now) {
        if (id.source() != MetricSource.RESOURCE || !(id.name().equals("cpu") || id.name().equals("memory"))) {
            return new MetricReading(id, new MetricReading.Unavailable("fleetcast's simulated metrics pipeline serves "
                    + "Resource cpu and memory only"));
        }
        List<PodSample> samples = new ArrayList<>();
        for (GatewayReplica replica : deployment.replicas()) {
            metrics.latest(replica.name()).ifPresent(sample -> samples.add(new PodSample(replica.name(),
                    id.name().equals("cpu") ? Math.round(sample.cpuMillis()) : sample.memoryBytes() * 1000,
                    sample.timeNanos() - now, sample.windowNanos())));
        }
        return new MetricReading(id, new MetricReading.PodSamples(samples));
    }

    private void reconcile() {
        long now = engine.now();
        HpaDecision decision = controller.reconcile(spec, snapshot());
        history = decision.history();
        lastReconcile = now;
        record.evaluated(now, decision.desiredReplicas(), usageRatio(decision),
                decision.rescaleReason().orElse(decision.branch().name().toLowerCase(Locale.ROOT)), List.of());
        engine.scheduleAfter(settings.syncPeriodNanos(), this::reconcile);
    }

    /** The first metric's usage ratio (usage over target), or NaN when it has none. */
    private static double usageRatio(HpaDecision decision) {
        for (MetricOutcome outcome : decision.metrics()) {
            if (outcome instanceof MetricOutcome.Proposed proposed
                    && proposed.calculation() instanceof MetricCalculation.PodRatio ratio) {
                return ratio.ratio();
            }
        }
        return Double.NaN;
    }

    /** What the loop did so far. */
    @Override
    public AutoscalingOutcome outcome() {
        return record.outcome(metrics.aboveLatencyTargetNanos());
    }
}
