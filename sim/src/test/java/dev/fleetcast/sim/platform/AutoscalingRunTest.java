package dev.fleetcast.sim.platform;

import static dev.fleetcast.sim.platform.TestScenarios.LEAST_CONNECTIONS;
import static dev.fleetcast.sim.platform.TestScenarios.MS;
import static dev.fleetcast.sim.platform.TestScenarios.S;
import static dev.fleetcast.sim.platform.TestScenarios.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.model.discipline.Ledger;
import dev.fleetcast.model.distribution.ExponentialDuration;
import dev.fleetcast.model.distribution.UniformDuration;
import dev.fleetcast.model.hpa.HpaSettings;
import dev.fleetcast.model.hpa.HpaSpec;
import dev.fleetcast.model.hpa.MetricSpec;
import dev.fleetcast.model.hpa.MetricTarget;
import dev.fleetcast.model.hpa.ScaleTargetRef;
import dev.fleetcast.model.load.LoadProfile;
import dev.fleetcast.model.result.AutoscalingOutcome;
import dev.fleetcast.model.result.PlatformOutcome;
import dev.fleetcast.model.scaling.KedaScaler;
import dev.fleetcast.model.scaling.LoadBalancerScaler;
import dev.fleetcast.model.scaling.Scaler;
import dev.fleetcast.model.scenario.AutoscalingSettings;
import dev.fleetcast.model.scenario.CreationProcess;
import dev.fleetcast.model.scenario.FailoverTrigger;
import dev.fleetcast.model.scenario.MessageLoad;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.model.scenario.ReadMode;
import dev.fleetcast.model.scenario.ReplicaResources;
import dev.fleetcast.model.scenario.ScalingRule;
import dev.fleetcast.model.scenario.WasmbedDefaults;
import dev.fleetcast.model.timeline.DeviceEventKind;
import dev.fleetcast.sim.kernel.Engine;
import dev.fleetcast.sim.random.RandomStreams;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AutoscalingRunTest {

    /** One busy worker uses the whole 100m request: CPU utilization equals the worker's busy fraction. */
    private static final ReplicaResources RESOURCES = new ReplicaResources(100, 1L << 30, 0, 100, 16L << 20, 1L << 20);

    /** The default load-balancer scaler, but with thresholds of 10 s latency and 1,000 connections, so that CPU alone drives it here. */
    private static final LoadBalancerScaler CPU_DRIVEN = new LoadBalancerScaler(
            new LoadBalancerScaler.Thresholds(0.70, 0.80, 1_000, 10 * S), 1, 10, 15 * S, 300 * S, 0.5, 60 * S);

    /** 100 devices on one gateway, 10 ms mean service on one worker per replica, scaled by {@code scaler}. */
    private static PlatformOutcome run(LoadProfile profile, Scaler scaler, long duration) {
        return run(profile, new ScalingRule.Observing(scaler), 1, duration);
    }

    private static PlatformOutcome run(LoadProfile profile, ScalingRule rule, int initialReplicas, long duration) {
        PlatformScenario base = scenario(100, 1, new CreationProcess.Burst(35 * S), LEAST_CONNECTIONS, new Ledger(), 4,
                ReadMode.CACHE, FailoverTrigger.GATEWAY_PHASE, List.of(), duration);
        PlatformScenario scaled = new PlatformScenario(base.name(), base.devices(), base.creation(), base.gateways(),
                base.controller(), base.latencies(), base.heartbeat(), base.faults(), base.durationNanos(),
                base.samplingIntervalNanos(), Optional.of(new MessageLoad(profile, new ExponentialDuration(10 * MS), 1)),
                Optional.of(new AutoscalingSettings(AutoscalingSettings.Scope.REPLICAS, "gateway-1", rule, initialReplicas, RESOURCES, 15 * S,
                        new UniformDuration(20 * S, 20 * S), 30 * S, 100 * MS)));
        return new PlatformRun(scaled, new RandomStreams(8), new Engine(), PlatformRun.Keep.EVERYTHING).run();
    }

    /**
     * The load steps from 0.2 to 0.9 messages/s per device at 300 s: 100 devices put 90/s on
     * the one replica (μ = 100/s), CPU about 90% of request, pressure about 0.9/0.7 = 1.29
     * (memory 116 MiB of 1 GiB and connections 100/1000 are lower): the scaler adds
     * replicas (1 or 2, as the 15-s window caught the queue filling up). But the devices keep
     * their connections to the first replica, so the new replicas take nothing: the Deployment
     * still has about 0.9 busy workers, all on the first replica, while the scaler's mean over
     * replicas falls below 1 and it stops — scaling the Deployment does not relieve long-lived
     * connections. With 3 replicas the mean is about 0.3, pressure 0.43, below the scale-in
     * mark of 0.5: after a quiet window (300 s) one empty replica goes, and with 2 the pressure
     * (about 0.64) holds.
     */
    @Test
    void newReplicasTakeOnlyNewConnectionsSoScaleOutDoesNotRelieveTheFirst() {
        PlatformOutcome outcome = run(new LoadProfile.Step(0.2, 0.9, 300 * S), CPU_DRIVEN, 900 * S);

        AutoscalingOutcome scaling = outcome.autoscaling().orElseThrow();
        assertThat(scaling.events()).extracting(e -> e.from() + "->" + e.to()).containsExactly("1->3", "3->2");
        assertThat(scaling.events().get(1).timeNanos()).isGreaterThanOrEqualTo(615 * S);
        int replicas = 2;
        // the step at 300 s shows in the scrape at 315 s and is acted on by 330 s
        assertThat(scaling.firstScaleUpNanos()).isBetween(300 * S, 330 * S);
        assertThat(outcome.timeline()).noneMatch(e -> e.kind() == DeviceEventKind.CONNECTION_DROPPED);
        // long after the new replicas are ready (20 s), the scaler sees mean CPU 0.9 / replicas
        assertThat(scaling.samples()).filteredOn(s -> s.timeNanos() > 450 * S)
                .allSatisfy(s -> assertThat(s.metric()).isLessThan(1.0));
        // ... while the busy workers, utilization × replicas, stay about 0.9: 20 samples of 10 s,
        // each an M/M/1 busy fraction at ρ = 0.9, average within 0.1 of it
        double busyWorkers = outcome.messages().orElseThrow().samples().stream()
                .filter(s -> s.timeNanos() > scaling.events().get(1).timeNanos() + 40 * S).mapToDouble(s -> s.utilization()[0] * replicas)
                .average().orElseThrow();
        assertThat(busyWorkers).isBetween(0.8, 1.0);
        // the loaded replica's P95 (an M/M/1 response at ρ 0.9 has mean 100 ms, P95 300 ms)
        // is above the 100-ms target from the step on, and never before it (ρ 0.2: P95 37 ms)
        assertThat(scaling.aboveLatencyTargetNanos()).isBetween(500 * S, 600 * S);
    }

    /**
     * KEDA-style on the arrival rate with 40 messages/s per replica: 100 devices at 0.2/s
     * send 20/s (1 replica), at 1.0/s 100/s (3 replicas); after the spike the rate is 20/s
     * again and, with minReplicas 1, the scaler returns to 1 — through 2 when a polling falls on
     * a scrape window that straddles the spike's end.
     */
    @Test
    void kedaFollowsTheArrivalRateUpAndDown() {
        PlatformOutcome outcome = run(new LoadProfile.Spike(0.2, 1.0, 200 * S, 200 * S),
                new KedaScaler(40, 0, 30 * S, 300 * S, 1, 10), 800 * S);

        AutoscalingOutcome scaling = outcome.autoscaling().orElseThrow();
        assertThat(scaling.events().get(0)).extracting(e -> e.from() + "->" + e.to()).isEqualTo("1->3");
        assertThat(scaling.events().get(0).timeNanos()).isBetween(200 * S, 245 * S);
        assertThat(scaling.events().get(scaling.events().size() - 1).to()).isEqualTo(1);
        assertThat(scaling.events().get(1).timeNanos()).isBetween(400 * S, 460 * S);
        long drops = outcome.timeline().stream().filter(e -> e.kind() == DeviceEventKind.CONNECTION_DROPPED).count();
        assertThat(drops).isZero(); // no device connected to the new replicas: they came after every connection
    }

    /**
     * WASMBED's HPA on CPU alone (70% utilization, 2 to 10 replicas, no behavior): 100 devices
     * connect at about 35–75 s, spread over the 2 initial replicas by the Service. At 300 s
     * the load steps from 0.2 to 1.6 messages/s per device: each replica then serves about
     * 80/s of its μ = 100/s, CPU 80% of request, usage ratio 80/70 = 1.14 > 1 + 0.1, so the
     * HPA asks for ceil(2 × 1.14) = 3. The third replica gets no connection — every device is
     * already connected — so the average falls to about 53% (ratio 0.76), which asks for
     * ceil(3 × 0.76) = 3: the HPA holds 3 replicas, one of them idle, and the two loaded ones
     * stay at 80%. This is what long-lived connections do to WASMBED's HPA.
     */
    @Test
    void theHpaScalesOutButTheNewReplicaTakesNoConnection() {
        HpaSpec spec = new HpaSpec(new ScaleTargetRef("apps/v1", "Deployment", "gateway-1-deployment"), 2, 10,
                List.of(new MetricSpec.ResourceMetric("cpu", new MetricTarget.Utilization(70))), Optional.empty());
        PlatformOutcome outcome = run(new LoadProfile.Step(0.2, 1.6, 300 * S),
                new ScalingRule.Hpa(spec, HpaSettings.DEFAULTS), 2, 900 * S);

        AutoscalingOutcome scaling = outcome.autoscaling().orElseThrow();
        assertThat(scaling.events()).extracting(e -> e.from() + "->" + e.to()).containsExactly("2->3");
        // the step shows in the scrape at 315 s; the HPA reconciles every 15 s
        assertThat(scaling.firstScaleUpNanos()).isBetween(315 * S, 330 * S);
        assertThat(scaling.events().get(0).reason()).contains("cpu resource utilization");
        // long after, the HPA's view: usage ratio about 0.76, never again above 1.1
        assertThat(scaling.samples()).filteredOn(s -> s.timeNanos() > 400 * S)
                .allSatisfy(s -> assertThat(s.metric()).isBetween(0.6, 0.9));
        assertThat(outcome.timeline()).noneMatch(e -> e.kind() == DeviceEventKind.CONNECTION_DROPPED);
    }

    /**
     * Scaling the number of gateways: 4 gateways declared, 1 running at the start; 200 devices
     * created one per second from 35 s, each sending 1 message/s, served in 20 ms on one worker
     * (μ = 50/s per gateway, CPU utilization = ρ). Least-connections with the ledger sends each
     * new device to the least-loaded running gateway, so each gateway the scaler adds takes
     * the devices that come after it. The load-balancer scaler (CPU 70%) adds gateways as the
     * fleet grows — at most the 4 declared — and at the end all 4 run with 200 devices over them.
     */
    @Test
    void aScalerCanGrowThePoolOfGatewaysAndNewOnesTakeNewDevices() {
        PlatformScenario base = new PlatformScenario("pool", 200, new CreationProcess.Steady(35 * S, S),
                WasmbedDefaults.gateways(4),
                WasmbedDefaults.controller(LEAST_CONNECTIONS, new Ledger(), 4, ReadMode.CACHE,
                        FailoverTrigger.GATEWAY_PHASE),
                WasmbedDefaults.latencies(),
                WasmbedDefaults.heartbeat(), List.of(), 600 * S, 10 * S,
                Optional.of(new MessageLoad(new LoadProfile.Steady(1), new ExponentialDuration(20 * MS), 1)),
                Optional.of(new AutoscalingSettings(AutoscalingSettings.Scope.GATEWAYS, "",
                        new ScalingRule.Observing(new LoadBalancerScaler(
                                new LoadBalancerScaler.Thresholds(0.70, 0.80, 1_000, 10 * S), 1, 4, 15 * S, 300 * S,
                                0.5, 30 * S)),
                        1, RESOURCES, 15 * S, new UniformDuration(20 * S, 20 * S), 30 * S, 100 * MS)));

        PlatformOutcome outcome = new PlatformRun(base, new RandomStreams(5), new Engine(), PlatformRun.Keep.NOTHING).run();

        AutoscalingOutcome scaling = outcome.autoscaling().orElseThrow();
        assertThat(scaling.gateway()).isEqualTo("gateways");
        assertThat(scaling.events()).allSatisfy(e -> assertThat(e.to()).isGreaterThan(e.from()));
        assertThat(scaling.events().get(scaling.events().size() - 1).to()).isEqualTo(4);
        assertThat(outcome.runningGateways()).containsExactly("gateway-1", "gateway-2", "gateway-3", "gateway-4");
        assertThat(outcome.assignedPerGateway().values()).allSatisfy(n -> assertThat(n).isPositive());
        assertThat(outcome.assignedPerGateway().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(200);
        // the first gateway filled first, before any other ran
        assertThat(outcome.assignedPerGateway().get("gateway-1"))
                .isGreaterThan(outcome.assignedPerGateway().get("gateway-4"));
    }
}
