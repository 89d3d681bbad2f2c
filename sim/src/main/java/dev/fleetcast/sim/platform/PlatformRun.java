package dev.fleetcast.sim.platform;

import dev.fleetcast.model.discipline.DecisionRecord;
import dev.fleetcast.model.discipline.Discipline.Reconciler;
import dev.fleetcast.model.fleet.GatewayPhase;
import dev.fleetcast.model.metrics.MetricCatalogue;
import dev.fleetcast.model.result.GatewaySample;
import dev.fleetcast.model.result.PlatformOutcome;
import dev.fleetcast.model.scenario.AutoscalingSettings;
import dev.fleetcast.model.scenario.CreationWave;
import dev.fleetcast.model.scenario.CreationWaves;
import dev.fleetcast.model.scenario.Fault;
import dev.fleetcast.model.scenario.GatewaySpec;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.model.scenario.ScalingRule;
import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.timeline.RecordedTimeline;
import dev.fleetcast.sim.autoscaling.AutoscalingLoop;
import dev.fleetcast.sim.autoscaling.HpaLoop;
import dev.fleetcast.sim.autoscaling.MetricsPipeline;
import dev.fleetcast.sim.autoscaling.ScalerLoop;
import dev.fleetcast.sim.gateway.GatewayLoad;
import dev.fleetcast.sim.gateway.ScaleTarget;
import dev.fleetcast.sim.kernel.Engine;
import dev.fleetcast.sim.random.RandomStreams;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One replication of a {@link PlatformScenario}: the API server, the device controller with
 * its informer, the devices and gateways, the creation process and the faults, on one engine.
 *
 * <p>Devices are named {@code device-1} … {@code device-N} in creation order. Random streams
 * are named per process (see {@link DeviceFleet}, {@link SimStatusStore}); in addition
 * {@code policy} feeds the assignment policy, {@code watch/controller} and
 * {@code watch/devices} the watch delays, {@code creation} a Poisson creation process, and
 * {@code rebalance} the policy when it plans rebalancing moves.
 */
public final class PlatformRun {

    /** What to keep beyond the metrics, because timelines and decision logs are large. */
    public record Keep(boolean timeline, boolean decisions) {
        public static final Keep NOTHING = new Keep(false, false);
        public static final Keep EVERYTHING = new Keep(true, true);
    }

    private final PlatformScenario scenario;
    private final RandomStreams streams;
    private final Engine engine;
    private final Keep keep;

    /**
     * @param engine a fresh engine at time zero (FIFO or random-tie mode)
     */
    public PlatformRun(PlatformScenario scenario, RandomStreams streams, Engine engine, Keep keep) {
        this.scenario = scenario;
        this.streams = streams;
        this.engine = engine;
        this.keep = keep;
    }

    /** Runs the replication for the scenario's duration and returns what it produced. */
    public PlatformOutcome run() {
        RecordedTimeline timeline = new RecordedTimeline();
        List<DecisionRecord> decisions = new ArrayList<>();
        ApiServer api = new ApiServer(scenario.gateways());
        Informer informer = new Informer(api);
        api.watch(new DelayedWatch(engine, scenario.latencies().watchDelay(), streams.stream("watch/controller"),
                informer));
        DeviceFleet[] fleetRef = new DeviceFleet[1];
        Optional<GatewayLoad> load = scenario.load().map(l -> new GatewayLoad(engine, l, streams,
                scenario.gateways().stream().map(GatewaySpec::name).toList(), deploymentSettings(),
                device -> fleetRef[0].dropConnection(device)));
        Optional<AutoscalingLoop> autoscaler = load.flatMap(l -> startAutoscaling(l, api, fleetRef));
        ConnectionListener connections = load.<ConnectionListener>map(l -> new ConnectionListener() {
            @Override
            public void opened(String device, String gateway) {
                l.connected(device, gateway);
            }

            @Override
            public void closed(String device, String gateway) {
                l.disconnected(device, gateway);
            }
        }).orElse(ConnectionListener.NONE);
        DeviceFleet fleet = new DeviceFleet(engine, api, streams, scenario.latencies(), scenario.heartbeat(), timeline,
                connections);
        fleetRef[0] = fleet;
        api.watch(new DelayedWatch(engine, scenario.latencies().watchDelay(), streams.stream("watch/devices"),
                fleet::onChange));
        SimStatusStore store = new SimStatusStore(engine, api, informer, scenario.controller().readMode(),
                scenario.latencies(), streams.stream("api/write"), streams.stream("api/list"));
        Reconciler reconciler = scenario.controller().discipline()
                .startRun(scenario.controller().policy(), streams.stream("policy"));
        DeviceController controller = new DeviceController(engine, scenario.controller(), informer, store, reconciler,
                timeline, keep.decisions() ? decisions::add : record -> { }, streams.stream("rebalance"));

        List<GatewaySample> samples = new ArrayList<>();
        Set<String> joiningLater = scenario.faults().stream().filter(f -> f.kind() == Fault.Kind.ADD)
                .map(Fault::gateway).collect(Collectors.toCollection(HashSet::new));
        scenario.autoscaling().filter(a -> a.scope() == AutoscalingSettings.Scope.GATEWAYS).ifPresent(a ->
                scenario.gateways().subList(a.initialReplicas(), scenario.gateways().size())
                        .forEach(g -> joiningLater.add(g.name())));
        fleet.rollOutGateways(joiningLater);
        controller.startRebalancing();
        scheduleCreations(fleet);
        for (Fault fault : scenario.faults()) {
            engine.scheduleAt(fault.atNanos(), () -> fleet.apply(fault));
        }
        scheduleSampling(api, samples, load, 0);
        engine.runUntil(scenario.durationNanos());

        List<DeviceEvent> events = timeline.events();
        Map<String, Integer> assigned = new LinkedHashMap<>();
        for (GatewaySpec gateway : scenario.gateways()) {
            assigned.put(gateway.name(), api.devicesOn(gateway.name()));
        }
        List<String> stuck = fleet.stuckDevices();
        List<String> running = api.gateways().stream().filter(g -> g.phase == GatewayPhase.RUNNING)
                .map(g -> g.spec.name()).toList();
        return new PlatformOutcome(assigned, fleet.connectedPerGateway(), running, samples, api.writes(), api.conflicts(),
                store.lists(), stuck, decisions, keep.timeline() ? events : List.of(),
                MetricCatalogue.ENROLLMENT_LATENCY.measure(events), MetricCatalogue.DETECTION_TIME.measure(events),
                MetricCatalogue.FAILOVER_RECOVERY.measure(events), MetricCatalogue.devicesMoved(events),
                engine.eventsProcessed(), engine.now(), load.map(GatewayLoad::outcome),
                autoscaler.map(AutoscalingLoop::outcome));
    }

    /** The autoscaled gateway's Deployment settings; every other gateway has one replica. */
    private Map<String, GatewayLoad.DeploymentSettings> deploymentSettings() {
        return scenario.autoscaling().filter(a -> a.scope() == AutoscalingSettings.Scope.REPLICAS)
                .map(a -> Map.of(a.gateway(), new GatewayLoad.DeploymentSettings(a.initialReplicas(),
                        a.replicaStartup(), a.drainNanos()))).orElse(Map.of());
    }

    /** The metrics pipeline and the autoscaler's loop, started now, if the scenario has autoscaling. */
    private Optional<AutoscalingLoop> startAutoscaling(GatewayLoad load, ApiServer api, DeviceFleet[] fleet) {
        return scenario.autoscaling().map(a -> {
            ScaleTarget deployment = a.scope() == AutoscalingSettings.Scope.REPLICAS ? load.deployment(a.gateway())
                    : new GatewayPool(engine, load, scenario.gateways().stream().map(GatewaySpec::name).toList(),
                            a.initialReplicas(), api::isRunning, g -> fleet[0].rollOutNow(g),
                            g -> fleet[0].apply(new Fault(engine.now(), g, Fault.Kind.DELETE, 0)));
            MetricsPipeline metrics = new MetricsPipeline(engine, deployment, a.resources(), a.scrapeIntervalNanos(),
                    a.latencyTargetNanos());
            metrics.start();
            AutoscalingLoop loop = a.rule() instanceof ScalingRule.Hpa hpa
                    ? new HpaLoop(engine, deployment, metrics, hpa.spec(), hpa.settings())
                    : new ScalerLoop(engine, deployment, metrics, ((ScalingRule.Observing) a.rule()).scaler());
            loop.start();
            return loop;
        });
    }

    private void scheduleCreations(DeviceFleet fleet) {
        scheduleWave(fleet, new CreationWaves(scenario.creation(), scenario.devices(), scenario.durationNanos(),
                streams.stream("creation")));
    }

    /** One creation event pending at a time, like the other processes: a schedule may be long. */
    private void scheduleWave(DeviceFleet fleet, CreationWaves waves) {
        if (!waves.hasNext()) {
            return;
        }
        CreationWave wave = waves.next();
        engine.scheduleAt(wave.atNanos(), () -> {
            for (int i = wave.first(); i <= wave.last(); i++) {
                fleet.create("device-" + i);
            }
            scheduleWave(fleet, waves);
        });
    }

    private void scheduleSampling(ApiServer api, List<GatewaySample> samples, Optional<GatewayLoad> load, long at) {
        if (at > scenario.durationNanos()) {
            return;
        }
        engine.scheduleAt(at, () -> {
            int[] counts = new int[scenario.gateways().size()];
            for (int g = 0; g < counts.length; g++) {
                counts[g] = api.devicesOn(scenario.gateways().get(g).name());
            }
            samples.add(new GatewaySample(engine.now(), counts));
            load.ifPresent(GatewayLoad::sample);
            scheduleSampling(api, samples, load, at + scenario.samplingIntervalNanos());
        });
    }
}
